import type { APIRoute } from 'astro';
import { getDataset } from '../../data.ts';
import { eventsCsv } from '../../lib/opendata.ts';

export const GET: APIRoute = () =>
  new Response(eventsCsv(getDataset()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
