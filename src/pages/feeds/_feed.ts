// Shared by the four feed endpoints: one feed per kind, built from the dataset in the default locale.
import { getDataset } from '../../data.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { absoluteUrl, atomXml, correctionsFeed, FEED_PATHS, rssXml, storiesFeed } from '../../lib/feeds.ts';
import { reviewedOn } from '../../site.ts';

export function feedResponse(kind: 'stories' | 'corrections', format: 'atom' | 'rss', site: URL | undefined) {
  if (!site) throw new Error('Feeds need `site` in astro.config.mjs (SITE_URL) for absolute URLs');
  const options = { site, locale: DEFAULT_LOCALE, fallbackDate: reviewedOn };
  const feed = kind === 'stories' ? storiesFeed(getDataset(), options) : correctionsFeed(getDataset(), options);
  const rssPath = kind === 'stories' ? FEED_PATHS.storiesRss : FEED_PATHS.correctionsRss;
  return format === 'atom'
    ? new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
    : new Response(rssXml(feed, absoluteUrl(rssPath, site)), {
        headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
      });
}
