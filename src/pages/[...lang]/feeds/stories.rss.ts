import { feedRoute } from './_feed.ts';

export { getStaticPaths } from './_feed.ts';
export const GET = feedRoute('stories', 'rss');
