import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from './content/read.ts';
import { validateContent } from './content/validate.ts';
import type { StoryRecord } from './content/records.ts';
import {
  DATA_LICENSE,
  jsonLd,
  newsArticle,
  openDataset,
  OPEN_DATA_FILES,
  temporalCoverage,
} from './structured-data.ts';
import { materializeFixture } from '../../tests/helpers/fixtures.ts';

const root = materializeFixture();
const dataset = validateContent(readContent(join(root, 'content'), root));
const context = { site: 'https://sent.example', locale: 'en' as const };
const sample = dataset.stories.find((s) => s.slug === 'sample');
if (!sample) throw new Error('fixture story missing');
const story: StoryRecord = { ...sample, corrections: [{ date: '2026-11-21', text: 'Fixed a figure.' }] };

describe('newsArticle', () => {
  const article = newsArticle(dataset, story, context);

  it('has the fields search engines require, with absolute URLs', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A fixture story',
      description: 'Used by tests only.',
      url: 'https://sent.example/stories/sample/',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://sent.example/stories/sample/' },
      datePublished: '2026-11-01',
      dateModified: '2026-11-20',
      inLanguage: 'en',
      image: { '@type': 'ImageObject', url: 'https://sent.example/og/stories/sample.png', width: 1200, height: 630 },
      author: { '@type': 'Organization', name: 'Sent Elsewhere', url: 'https://sent.example/' },
      publisher: { '@type': 'Organization', name: 'Sent Elsewhere', url: 'https://sent.example/' },
    });
  });

  it('falls back to the publication date when the story was never updated', () => {
    const { updated, ...rest } = story;
    expect(updated).toBe('2026-11-20');
    expect(newsArticle(dataset, rest, context).dateModified).toBe('2026-11-01');
  });

  it('cites each footnoted source once, in footnote order', () => {
    expect(article.citation).toHaveLength(story.citations.length);
    expect(article.citation[0]).toBe('https://example.org/one');
  });

  it('lists corrections as CorrectionComments', () => {
    expect(article.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Fixed a figure.', datePublished: '2026-11-21' },
    ]);
  });
});

describe('openDataset', () => {
  const data = openDataset(
    dataset,
    { name: 'Sent Elsewhere data', description: 'Deals, events, sources.', dateModified: '2026-11-28' },
    context,
  );

  it('describes the data with a licence, creator, dates and coverage', () => {
    expect(data).toMatchObject({
      '@type': 'Dataset',
      name: 'Sent Elsewhere data',
      url: 'https://sent.example/data/',
      license: DATA_LICENSE,
      creator: { '@type': 'Organization', name: 'Sent Elsewhere' },
      dateModified: '2026-11-28',
      temporalCoverage: '2022/2025-06-14',
    });
  });

  it('offers every file in src/pages/data/ as a DataDownload at an absolute URL', () => {
    // Whole-dataset files only: per-deal files under /data/deals/ are slices of these.
    const endpoints = readdirSync(join(import.meta.dirname, '..', 'pages', 'data'))
      .filter((file) => /\.(json|csv)\.ts$/.test(file))
      .map((file) => `/data/${file.replace(/\.ts$/, '')}`)
      .sort();
    expect(OPEN_DATA_FILES.map((f) => f.path).sort()).toEqual(endpoints);
    for (const download of data.distribution) {
      expect(download['@type']).toBe('DataDownload');
      expect(download.contentUrl).toMatch(/^https:\/\/sent\.example\/data\/\w+\.(json|csv)$/);
      expect(download.encodingFormat).toBe(download.contentUrl.endsWith('.csv') ? 'text/csv' : 'application/json');
    }
  });

  it('has no temporal coverage without dated facts', () => {
    expect(temporalCoverage({ ...dataset, events: [], deals: [] })).toBeUndefined();
  });
});

describe('jsonLd', () => {
  it('cannot close its <script> early, and parses back to the same data', () => {
    const data = { headline: 'a </script><script>alert(1)</script> <!-- b' };
    const text = jsonLd(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
