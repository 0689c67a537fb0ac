// Shared by the four feed endpoints: one feed per kind, format and language, built from the localized dataset.
import type { APIRoute } from 'astro';
import { getDataset } from '../../../data.ts';
import { localePaths, type Locale } from '../../../i18n/locales.ts';
import {
  absoluteUrl,
  atomXml,
  correctionsFeed,
  feedPath,
  rssXml,
  storiesFeed,
  type FeedFormat,
  type FeedKind,
} from '../../../lib/feeds.ts';
import { reviewedOn } from '../../../site.ts';

export const getStaticPaths = localePaths;

export function feedRoute(kind: FeedKind, format: FeedFormat): APIRoute<{ locale: Locale }> {
  return ({ site, props: { locale } }) => {
    if (!site) throw new Error('Feeds need `site` in astro.config.mjs (SITE_URL) for absolute URLs');
    const options = { site, locale, fallbackDate: reviewedOn };
    const dataset = getDataset(locale);
    const feed = kind === 'stories' ? storiesFeed(dataset, options) : correctionsFeed(dataset, options);
    return format === 'atom'
      ? new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
      : new Response(rssXml(feed, absoluteUrl(feedPath(locale, kind, 'rss'), site)), {
          headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
        });
  };
}
