import type { APIRoute } from 'astro';
import { dataCurrency, getDataset } from '../../data.ts';
import { buildInfo } from '../../build-info.ts';
import { dataMeta, dealsJson } from '../../lib/opendata.ts';

export const GET: APIRoute = ({ site }) =>
  Response.json(dealsJson(getDataset(), dataMeta(site ?? '/', buildInfo, dataCurrency())));
