import type { APIRoute } from 'astro';
import { getDataset } from '../../data.ts';
import { eventsJson } from '../../lib/opendata.ts';

export const GET: APIRoute = () => Response.json(eventsJson(getDataset()));
