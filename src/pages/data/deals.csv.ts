import type { APIRoute } from 'astro';
import { getDataset } from '../../data.ts';
import { dealsCsv } from '../../lib/opendata.ts';

export const GET: APIRoute = () =>
  new Response(dealsCsv(getDataset()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
