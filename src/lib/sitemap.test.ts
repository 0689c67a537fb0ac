import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from './content/read.ts';
import { validateContent } from './content/validate.ts';
import type { Dataset } from './content/records.ts';
import { latestDate, sitePages } from './site-pages.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';
import { materializeFixture } from '../../tests/helpers/fixtures.ts';
import { child, children, parseXml } from '../../tests/helpers/xml.ts';

const root = materializeFixture();
const dataset = validateContent(readContent(join(root, 'content'), root));
const reviewedOn = '2026-11-28';

describe('sitePages', () => {
  const pages = sitePages(dataset, reviewedOn);
  const byPath = new Map(pages.map((p) => [p.path, p]));

  it('lists each page once, with a trailing slash, and every story and deal', () => {
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    for (const page of pages) expect(page.path).toMatch(/^\/(.*\/)?$/);
    expect([...byPath.keys()]).toEqual(
      expect.arrayContaining([
        '/',
        '/stories/',
        '/stories/sample/',
        '/deals/',
        '/deals/us-rwanda/',
        '/deals/gb-rwanda/',
      ]),
    );
    expect([...byPath.keys()]).toEqual(
      expect.arrayContaining(['/sources/', '/methodology/', '/corrections/', '/data/']),
    );
    expect([...byPath.keys()].some((p) => p.includes('404'))).toBe(false);
  });

  it('dates a story by its update, a deal by its latest dated fact, other pages by the review', () => {
    expect(byPath.get('/stories/sample/')?.lastmod).toBe('2026-11-20');
    expect(byPath.get('/deals/us-rwanda/')?.lastmod).toBe('2025-06-14');
    expect(byPath.get('/deals/gb-rwanda/')?.lastmod).toBe('2024-07');
    expect(byPath.get('/sources/')?.lastmod).toBe(reviewedOn);
  });

  it("prefers a deal's own updated date when it is the latest", () => {
    const deal = dataset.deals.find((d) => d.id === 'gb-rwanda');
    if (!deal) throw new Error('fixture deal missing');
    const updated = { ...dataset, deals: [{ ...deal, updated: '2026-01-05' }] } as Dataset;
    expect(sitePages(updated, reviewedOn).find((p) => p.path === '/deals/gb-rwanda/')?.lastmod).toBe('2026-01-05');
  });

  it('compares dates of any precision', () => {
    expect(latestDate(['2025', '2025-06', '2024-12-31', undefined])).toBe('2025-06');
    expect(latestDate(['2025-06', '2025-06-14'])).toBe('2025-06-14');
    expect(latestDate([])).toBeUndefined();
  });
});

describe('sitemapXml', () => {
  it('is a well-formed urlset of absolute URLs with lastmod', () => {
    const xml = sitemapXml(sitePages(dataset, reviewedOn), 'https://sent.example');
    const urlset = parseXml(xml);
    expect(urlset.name).toBe('urlset');
    expect(urlset.attributes['xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = children(urlset, 'url');
    expect(urls).toHaveLength(sitePages(dataset, reviewedOn).length);
    for (const url of urls) {
      expect(child(url, 'loc').text).toMatch(/^https:\/\/sent\.example\//);
      expect(child(url, 'lastmod').text).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('escapes what XML needs escaped', () => {
    const xml = sitemapXml([{ path: '/a&b/', lastmod: '2026-01-01' }], 'https://sent.example');
    expect(xml).toContain('<loc>https://sent.example/a&amp;b/</loc>');
    expect(() => parseXml(xml)).not.toThrow();
  });
});

describe('robotsTxt', () => {
  it('points at the sitemap by absolute URL', () => {
    expect(robotsTxt(new URL('https://sent.example'))).toContain('Sitemap: https://sent.example/sitemap.xml\n');
  });
});
