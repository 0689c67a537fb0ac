/**
 * The machine-readable side of a real build: sitemap, Open Graph images, JSON-LD, feeds and robots.txt, checked
 * against the pages actually written. By default it builds the valid fixture (with a correction and markup-like
 * characters added, to exercise escaping) into a temporary folder, so it never depends on a stale dist/. To check
 * the site's own build instead: `npm run build && SE_CHECK_DIST=dist npx vitest run tests/integrity/sharing.test.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { materializeFixture } from '../helpers/fixtures.ts';
import { child, children, parseXml } from '../helpers/xml.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const checkingFixture = process.env['SE_CHECK_DIST'] === undefined;
const TRICKY_TITLE = 'A fixture story: "quotes" & </script> <b>tags</b>';
const CORRECTION = 'The figure was 7, not <8> & "seven".';
const DEAL_CORRECTION = 'An earlier version named the wrong receiving country.';

function buildFixture(): string {
  const root = materializeFixture();
  const story = join(root, 'content', 'stories', 'sample.mdx');
  const source = readFileSync(story, 'utf8')
    .replace('title: A fixture story', `title: '${TRICKY_TITLE}'`)
    .replace('deals: [us-rwanda]', `deals: [us-rwanda]\ncorrections:\n  - date: 2026-11-21\n    text: '${CORRECTION}'`);
  writeFileSync(story, source);
  const deal = join(root, 'content', 'deals', 'us-rwanda.yaml');
  writeFileSync(
    deal,
    `${readFileSync(deal, 'utf8')}updated: "2026-11-20"\ncorrections:\n  - date: "2026-11-20"\n    text: '${DEAL_CORRECTION}'\n`,
  );
  const outDir = join(root, 'dist');
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SE_CONTENT_DIR: join(root, 'content'),
      SE_OUT_DIR: outDir,
      SITE_URL: 'https://sent.example',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Fixture build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');

function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '') as unknown,
  );
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is not a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let dist = '';
let pages: { path: string; html: string }[] = [];
let origin = '';

beforeAll(() => {
  dist = checkingFixture ? buildFixture() : join(ROOT, process.env['SE_CHECK_DIST'] ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}`);
  pages = files(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const path = '/' + relative(dist, file).split(sep).join('/');
      return { path: path.replace(/index\.html$/, ''), html: readFileSync(file, 'utf8') };
    });
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(pages.find((p) => p.path === '/')?.html ?? '')?.[1];
  origin = new URL(canonical ?? 'about:blank').origin;
}, 120_000);

/** Embeds, in any language, live inside other sites' frames: noindex, no cards, not in the sitemap. */
const isEmbed = (path: string) => /^\/((fr|es)\/)?embed\//.test(path);
/** Pages readers visit, share and subscribe from. */
const readerPages = () => pages.filter((p) => !isEmbed(p.path));
/** The language prefix of a site path: '' for English, '/fr' or '/es'. */
const prefixOf = (path: string) => /^\/(fr|es)\//.exec(path)?.[0].slice(0, -1) ?? '';

/** A page's own path, from an absolute URL on the site; fails on another origin. */
function sitePath(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin, url).toBe(origin);
  return decodeURIComponent(parsed.pathname);
}

describe('sitemap.xml', () => {
  it('lists exactly the built pages, except 404 and embeds', () => {
    const urlset = parseXml(readFileSync(join(dist, 'sitemap.xml'), 'utf8'));
    const listed = children(urlset, 'url').map((url) => sitePath(child(url, 'loc').text));
    expect(new Set(listed).size).toBe(listed.length);
    const built = pages.map((p) => p.path).filter((p) => p !== '/404.html' && !isEmbed(p));
    expect([...listed].sort()).toEqual([...built].sort());
    for (const url of children(urlset, 'url')) expect(child(url, 'lastmod').text).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  });

  it('names every page in all three languages (hreflang), each alternate a built page', () => {
    const urlset = parseXml(readFileSync(join(dist, 'sitemap.xml'), 'utf8'));
    for (const url of children(urlset, 'url')) {
      const alternates = children(url, 'xhtml:link');
      expect(alternates.map((a) => a.attributes['hreflang'])).toEqual(['en', 'fr', 'es']);
      for (const alternate of alternates) {
        const path = sitePath(alternate.attributes['href'] ?? '');
        expect(
          pages.some((p) => p.path === path),
          path,
        ).toBe(true);
      }
    }
  });

  it('is named, by absolute URL, in robots.txt', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(sitePath(sitemap)).toBe('/sitemap.xml');
  });
});

describe('Open Graph and Twitter cards', () => {
  it('every page names a 1200×630 PNG that exists, with alt text', () => {
    for (const { path, html } of readerPages()) {
      const image = meta(html, 'og:image');
      expect(image, `${path} has no og:image`).toBeDefined();
      // Each page has its own card; only 404, which is not in the sitemap either, borrows the home page's.
      const own = `/og/${path === '/404.html' ? 'home' : path.replace(/^\/|\/$/g, '') || 'home'}.png`;
      expect(sitePath(image ?? ''), path).toBe(own);
      const file = join(dist, sitePath(image ?? ''));
      expect(existsSync(file), `${path}: ${image ?? ''} was not built`).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
      expect(statSync(file).size, `${image ?? ''} is heavy`).toBeLessThan(80_000);
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'og:image:alt')?.length).toBeGreaterThan(10);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(html, 'twitter:image')).toBe(image);
    }
  });

  it('keeps embeds out of search engines', () => {
    const embeds = pages.filter((p) => isEmbed(p.path));
    expect(embeds.length).toBeGreaterThan(0);
    for (const { path, html } of embeds) expect(html, path).toContain('<meta name="robots" content="noindex">');
  });

  it('marks stories as articles with their dates', () => {
    const stories = pages.filter((p) => /^\/stories\/[^/]+\/$/.test(p.path));
    expect(stories.length).toBeGreaterThan(0);
    for (const { path, html } of stories) {
      expect(meta(html, 'og:type'), path).toBe('article');
      expect(meta(html, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta(html, 'article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(meta(pages.find((p) => p.path === '/')?.html ?? '', 'og:type')).toBe('website');
  });
});

describe('JSON-LD', () => {
  it('each story carries a NewsArticle citing every footnoted source', () => {
    for (const { path, html } of pages.filter((p) => /^\/((fr|es)\/)?stories\/[^/]+\/$/.test(p.path))) {
      const [article] = jsonLdBlocks(html) as {
        '@type': string;
        inLanguage: string;
        url: string;
        image: { url: string };
        citation: unknown[];
        correction: unknown[];
      }[];
      expect(article?.['@type'], path).toBe('NewsArticle');
      expect(article?.inLanguage, path).toBe(prefixOf(path).slice(1) || 'en');
      expect(sitePath(article?.url ?? '')).toBe(path);
      expect(sitePath(article?.image.url ?? '')).toBe(sitePath(meta(html, 'og:image') ?? ''));
      const footnotes = html.match(/<li id="source-\d+"/g) ?? [];
      expect(article?.['citation'], path).toHaveLength(footnotes.length);
      const section = html.slice(html.indexOf('id="corrections-heading"'), html.indexOf('id="footnotes-heading"'));
      expect(article?.['correction'], path).toHaveLength(section.match(/<li/g)?.length ?? 0);
    }
  });

  it('the open-data page carries a Dataset whose downloads all exist', () => {
    const html = pages.find((p) => p.path === '/data/')?.html ?? '';
    const [dataset] = jsonLdBlocks(html) as Record<string, unknown>[];
    expect(dataset?.['@type']).toBe('Dataset');
    const downloads = dataset?.['distribution'] as { contentUrl: string; encodingFormat: string }[];
    expect(downloads.length).toBeGreaterThanOrEqual(6);
    for (const download of downloads) expect(existsSync(join(dist, sitePath(download.contentUrl)))).toBe(true);
  });

  it.runIf(checkingFixture)('survives headlines and corrections that look like markup', () => {
    const html = pages.find((p) => p.path === '/stories/sample/')?.html ?? '';
    const [article] = jsonLdBlocks(html) as Record<string, unknown>[];
    expect(article?.['headline']).toBe(TRICKY_TITLE);
    expect(article?.['correction']).toEqual([
      { '@type': 'CorrectionComment', text: CORRECTION, datePublished: '2026-11-21' },
    ]);
    // Had "</script>" reached the page raw, the element would have ended early and JSON.parse above would throw.
    expect(html).toContain('\\u003c/script>');
  });
});

describe('feeds', () => {
  it.each(['stories.atom', 'corrections.atom'])('%s is well-formed Atom whose entries link to built pages', (name) => {
    const feed = parseXml(readFileSync(join(dist, 'feeds', name), 'utf8'));
    expect(feed.name).toBe('feed');
    for (const entry of children(feed, 'entry')) {
      const link = sitePath(child(entry, 'link').attributes['href'] ?? '');
      expect(
        pages.some((p) => p.path === link),
        link,
      ).toBe(true);
    }
  });

  it.each(['stories.rss', 'corrections.rss'])('%s is well-formed RSS', (name) => {
    const rss = parseXml(readFileSync(join(dist, 'feeds', name), 'utf8'));
    expect(rss.name).toBe('rss');
    for (const item of children(child(rss, 'channel'), 'item')) sitePath(child(item, 'link').text);
  });

  it.runIf(checkingFixture)('the corrections feed carries the correction, linked to its story', () => {
    const feed = parseXml(readFileSync(join(dist, 'feeds', 'corrections.atom'), 'utf8'));
    const [entry] = children(feed, 'entry');
    expect(child(entry ?? feed, 'summary').text).toBe(CORRECTION);
    expect(child(entry ?? feed, 'link').attributes['href']).toBe('https://sent.example/stories/sample/');
  });

  it.runIf(checkingFixture)('a deal correction is dated on the deal page, the corrections page and the feed', () => {
    const feed = parseXml(readFileSync(join(dist, 'feeds', 'corrections.atom'), 'utf8'));
    const entry = children(feed, 'entry').find((e) => child(e, 'summary').text === DEAL_CORRECTION);
    expect(entry && child(entry, 'link').attributes['href']).toBe('https://sent.example/deals/us-rwanda/');
    const dealPage = pages.find((p) => p.path === '/deals/us-rwanda/')?.html ?? '';
    expect(dealPage).toMatch(
      new RegExp(`<time datetime="2026-11-20"[^>]*>November 20, 2026</time>: (<span[^>]*>)?${DEAL_CORRECTION}`),
    );
    expect(dealPage).toMatch(/Updated <time datetime="2026-11-20"/);
    const correctionsPage = pages.find((p) => p.path === '/corrections/')?.html ?? '';
    expect(correctionsPage).toContain(DEAL_CORRECTION);
    expect(correctionsPage).toContain('href="/deals/us-rwanda/"');
  });

  it('every page links both Atom feeds of its own language from its head', () => {
    for (const { path, html } of readerPages()) {
      const head = html.slice(0, html.indexOf('</head>'));
      const feeds = `${path === '/404.html' ? '' : prefixOf(path)}/feeds`;
      expect(head, path).toContain(`<link rel="alternate" type="application/atom+xml" href="${feeds}/stories.atom"`);
      expect(head, path).toContain(
        `<link rel="alternate" type="application/atom+xml" href="${feeds}/corrections.atom"`,
      );
    }
  });

  it.each(['fr', 'es'])('the %s feeds are in that language and link to its pages', (locale) => {
    const feed = parseXml(readFileSync(join(dist, locale, 'feeds', 'stories.atom'), 'utf8'));
    expect(feed.attributes['xml:lang']).toBe(locale);
    const entries = children(feed, 'entry');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries)
      expect(sitePath(child(entry, 'link').attributes['href'] ?? '')).toMatch(new RegExp(`^/${locale}/stories/`));
  });
});
