import type { APIRoute } from 'astro';
import { getDataset } from '../../data.ts';
import { sourcesCsv } from '../../lib/opendata.ts';

export const GET: APIRoute = () =>
  new Response(sourcesCsv(getDataset()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
