import type { APIRoute } from 'astro';
import { getDataset } from '../../data.ts';
import { dealsJson } from '../../lib/opendata.ts';

export const GET: APIRoute = () => Response.json(dealsJson(getDataset()));
