import type { APIRoute } from 'astro';
import { getDataset } from '../data.ts';
import { sitePages } from '../lib/site-pages.ts';
import { sitemapXml } from '../lib/sitemap.ts';
import { reviewedOn } from '../site.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('The sitemap needs `site` in astro.config.mjs (SITE_URL) for absolute URLs');
  return new Response(sitemapXml(sitePages(getDataset(), reviewedOn), site), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
