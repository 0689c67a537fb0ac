/**
 * schema.org JSON-LD for search engines and citation tools: a NewsArticle per story and a Dataset for the open
 * data. Pure; pages print the result with `jsonLd()` inside <script type="application/ld+json">.
 */
import type { Dataset, StoryRecord } from './content/records.ts';
import { comparePartialDates } from './dates.ts';
import { resolveSources } from './dataset.ts';
import { absoluteUrl, storyModified } from './feeds.ts';
import { OG_HEIGHT, OG_WIDTH, ogImagePath } from './og-image.ts';
import { t } from '../i18n/ui.ts';
import { localePath, type Locale } from '../i18n/locales.ts';

export const DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

/** Every file under /data/ (src/pages/data/), as the Dataset's distribution; a test keeps the two in step. */
export const OPEN_DATA_FILES = [
  { path: '/data/deals.json', encodingFormat: 'application/json' },
  { path: '/data/deals.csv', encodingFormat: 'text/csv' },
  { path: '/data/events.json', encodingFormat: 'application/json' },
  { path: '/data/events.csv', encodingFormat: 'text/csv' },
  { path: '/data/sources.json', encodingFormat: 'application/json' },
  { path: '/data/sources.csv', encodingFormat: 'text/csv' },
] as const;

interface Context {
  readonly site: URL | string;
  readonly locale: Locale;
}

function organization({ site, locale }: Context) {
  return {
    '@type': 'Organization',
    name: t(locale, 'site.name'),
    url: absoluteUrl(localePath(locale, '/'), site),
  } as const;
}

export function newsArticle(dataset: Dataset, story: StoryRecord, context: Context) {
  const url = absoluteUrl(localePath(context.locale, `/stories/${story.slug}/`), context.site);
  const organisation = organization(context);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.dek,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: story.published,
    dateModified: storyModified(story),
    inLanguage: context.locale,
    image: {
      '@type': 'ImageObject',
      url: absoluteUrl(ogImagePath(localePath(context.locale, `/stories/${story.slug}/`)), context.site),
      width: OG_WIDTH,
      height: OG_HEIGHT,
    },
    author: organisation,
    publisher: organisation,
    // Each cited page by its address: the footnotes on the page give outlet, title and dates. Whole CreativeWorks
    // here cost a story 3–4 KB of gzip, more than the scrolly's script.
    citation: resolveSources(dataset, story.citations).map((source) => source.url),
    correction: story.corrections.map((correction) => ({
      '@type': 'CorrectionComment',
      text: correction.text,
      datePublished: correction.date,
    })),
  };
}

/** The span of every dated fact in the data, as an ISO 8601 interval ("2016-03/2025-11-02"). */
export function temporalCoverage(dataset: Dataset): string | undefined {
  const dates = [
    ...dataset.events.map((e) => e.date),
    ...dataset.deals.flatMap((d) => d.statusHistory.map((s) => s.date)),
  ].sort(comparePartialDates);
  const first = dates[0];
  const last = dates.at(-1);
  return first && last ? `${first}/${last}` : undefined;
}

export function openDataset(
  dataset: Dataset,
  page: { readonly name: string; readonly description: string; readonly dateModified: string },
  context: Context,
) {
  const coverage = temporalCoverage(dataset);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: page.name,
    description: page.description,
    url: absoluteUrl(localePath(context.locale, '/data/'), context.site),
    license: DATA_LICENSE,
    isAccessibleForFree: true,
    creator: organization(context),
    publisher: organization(context),
    dateModified: page.dateModified,
    ...(coverage ? { temporalCoverage: coverage } : {}),
    inLanguage: context.locale,
    distribution: OPEN_DATA_FILES.map((file) => ({
      '@type': 'DataDownload',
      name: file.path.slice(file.path.lastIndexOf('/') + 1),
      encodingFormat: file.encodingFormat,
      contentUrl: absoluteUrl(file.path, context.site),
    })),
  };
}

/**
 * JSON for inside a <script> element: every "<" is written as \u003c, so no string in the data (a headline with
 * "</script>" or "<!--") can end the element early. JSON parsers read it back unchanged.
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
