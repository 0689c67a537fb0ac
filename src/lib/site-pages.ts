/**
 * Every HTML page the site builds (except 404), with what the sitemap and the Open Graph images need to know about
 * it. Pure. When a route is added under src/pages/[...lang]/, add it here too: the sharing integrity test compares
 * this list with the pages in a real build and fails on any page missing from either.
 */
import type { Dataset, DealRecord, StoryRecord } from './content/records.ts';
import { allCorrections } from './corrections.ts';
import { comparePartialDates } from './dates.ts';
import { eventsForDeal } from './dataset.ts';
import { storyModified } from './feeds.ts';
import { t } from '../i18n/ui.ts';
import { LOCALES, localePath, type Locale } from '../i18n/locales.ts';
import { localizeDataset } from './translation/localize.ts';

export type SitePage =
  | {
      readonly kind: 'page';
      readonly path: string;
      readonly locale: Locale;
      readonly title: string;
      readonly lastmod: string;
    }
  | {
      readonly kind: 'story';
      readonly path: string;
      readonly locale: Locale;
      readonly title: string;
      readonly lastmod: string;
      readonly story: StoryRecord;
    }
  | {
      readonly kind: 'deal';
      readonly path: string;
      readonly locale: Locale;
      readonly title: string;
      readonly lastmod: string;
      readonly deal: DealRecord;
    };

/** The latest of some dates at any precision ("2025", "2025-06", "2025-06-14"). */
export function latestDate(dates: readonly (string | undefined)[]): string | undefined {
  return dates
    .filter((d): d is string => d !== undefined)
    .reduce<string | undefined>(
      (latest, d) => (latest === undefined || comparePartialDates(d, latest) > 0 ? d : latest),
      undefined,
    );
}

/** When a deal's facts last changed: its `updated` date, or its latest event or status change if that is later. */
function dealModified(dataset: Dataset, deal: DealRecord): string {
  const dates = [
    deal.updated,
    ...deal.statusHistory.map((s) => s.date),
    ...eventsForDeal(dataset, deal.id).map((e) => e.date),
  ];
  return latestDate(dates) ?? deal.statusHistory[0]?.date ?? '';
}

/**
 * Every page's layout asks for this list (for its card), so it is computed once per dataset: building it reads every
 * deal's events, and doing that on each of a thousand pages made large builds quadratic.
 */
const computed = new WeakMap<Dataset, Map<string, SitePage[]>>();

export function sitePages(dataset: Dataset, reviewedOn: string, locales: readonly Locale[] = LOCALES): SitePage[] {
  const key = `${reviewedOn} ${locales.join(' ')}`;
  const forDataset = computed.get(dataset) ?? new Map<string, SitePage[]>();
  computed.set(dataset, forDataset);
  const cached = forDataset.get(key);
  if (cached) return cached;
  const pages = listSitePages(dataset, reviewedOn, locales);
  forDataset.set(key, pages);
  return pages;
}

function listSitePages(english: Dataset, reviewedOn: string, locales: readonly Locale[]): SitePage[] {
  return locales.flatMap((locale): SitePage[] => {
    const dataset = localizeDataset(english, locale);
    const page = (path: string, title: string, lastmod = reviewedOn): SitePage => ({
      kind: 'page',
      path: localePath(locale, path),
      locale,
      title,
      lastmod,
    });
    // Fixed pages (content/pages/*.mdx) are titled in their front matter.
    const fixedPageTitle = (slug: string) => dataset.pages.find((p) => p.slug === slug)?.title ?? slug;
    const newestStory = latestDate([reviewedOn, ...dataset.stories.map(storyModified)]) ?? reviewedOn;
    const newestCorrection = latestDate([reviewedOn, ...allCorrections(dataset).map((c) => c.date)]) ?? reviewedOn;
    return [
      page('/', t(locale, 'site.name'), newestStory),
      page('/stories/', t(locale, 'stories.title'), newestStory),
      ...dataset.stories.map((story): SitePage => ({
        kind: 'story',
        path: localePath(locale, `/stories/${story.slug}/`),
        locale,
        title: story.title,
        lastmod: storyModified(story),
        story,
      })),
      page('/deals/', t(locale, 'deals.title')),
      ...dataset.deals.map((deal): SitePage => ({
        kind: 'deal',
        path: localePath(locale, `/deals/${deal.id}/`),
        locale,
        title: deal.title,
        lastmod: dealModified(dataset, deal),
        deal,
      })),
      page('/timeline/', t(locale, 'timelinePage.title')),
      page('/sources/', t(locale, 'sources.title')),
      page('/methodology/', fixedPageTitle('methodology')),
      page('/corrections/', t(locale, 'corrections.title'), newestCorrection),
      page('/data/', fixedPageTitle('data')),
      page('/search/', t(locale, 'search.title')),
      page('/styleguide/', fixedPageTitle('styleguide')),
    ];
  });
}
