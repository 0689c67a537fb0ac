import type { APIRoute, GetStaticPaths } from 'astro';
import { dataCurrency, getDataset } from '../../../data.ts';
import { buildInfo } from '../../../build-info.ts';
import { dataMeta, dealBundleJson } from '../../../lib/opendata.ts';

export const getStaticPaths = (() =>
  getDataset().deals.map((deal) => ({ params: { id: deal.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  Response.json(dealBundleJson(getDataset(), params['id'] ?? '', dataMeta(site ?? '/', buildInfo, dataCurrency())));
