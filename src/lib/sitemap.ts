/** /sitemap.xml and /robots.txt: every page with its absolute URL and the date it last changed. Pure. */
import { absoluteUrl, escapeXml } from './feeds.ts';
import type { SitePage } from './site-pages.ts';
import { alternatePaths, LOCALES } from '../i18n/locales.ts';

const SITEMAP_PATH = '/sitemap.xml';

/** The page in every language, as Google's sitemap extension writes it: the page itself included. */
function alternateLinks(path: string, site: URL | string): string {
  const paths = alternatePaths(path);
  return LOCALES.map(
    (locale) =>
      `<xhtml:link rel="alternate" hreflang="${locale}" href="${escapeXml(absoluteUrl(paths[locale], site))}"/>`,
  ).join('');
}

export function sitemapXml(pages: readonly Pick<SitePage, 'path' | 'lastmod'>[], site: URL | string): string {
  const urls = pages.map(
    (page) =>
      `<url><loc>${escapeXml(absoluteUrl(page.path, site))}</loc>` +
      (page.lastmod ? `<lastmod>${escapeXml(page.lastmod)}</lastmod>` : '') +
      alternateLinks(page.path, site) +
      '</url>',
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(site: URL | string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_PATH, site)}\n`;
}
