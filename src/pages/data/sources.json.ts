import type { APIRoute } from 'astro';
import { getDataset } from '../../data.ts';
import { sourcesJson } from '../../lib/opendata.ts';

export const GET: APIRoute = () => Response.json(sourcesJson(getDataset()));
