import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../data.ts';
import { dealEventsCsv } from '../../../lib/opendata.ts';

export const getStaticPaths = (() =>
  getDataset().deals.map((deal) => ({ params: { id: deal.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(dealEventsCsv(getDataset(), params['id'] ?? ''), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
