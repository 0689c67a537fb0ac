import type { APIRoute } from 'astro';
import { feedResponse } from './_feed.ts';

export const GET: APIRoute = ({ site }) => feedResponse('stories', 'atom', site);
