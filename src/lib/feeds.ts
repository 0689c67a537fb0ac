/**
 * Atom 1.0 and RSS 2.0 feeds for stories and corrections. Pure: a dataset and the site's origin in, an XML string
 * out. Every URL in a feed is absolute (feed readers have no base URL), and ids never change once published.
 */
import type { Dataset, StoryRecord } from './content/records.ts';
import { allCorrections, type CorrectionEntry } from './corrections.ts';
import { t } from '../i18n/ui.ts';
import { localePath, type Locale } from '../i18n/locales.ts';

export interface FeedEntry {
  /** Permanent and unique: an absolute URL, possibly with a fragment. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** The page the entry is about, absolute. */
  readonly link: string;
  /** YYYY-MM-DD. */
  readonly published: string;
  /** YYYY-MM-DD; not before `published`. */
  readonly updated: string;
}

export interface Feed {
  readonly title: string;
  readonly subtitle: string;
  /** The feed's own absolute URL; also its Atom id. */
  readonly self: string;
  /** The HTML page the feed mirrors, absolute. */
  readonly alternate: string;
  readonly language: string;
  readonly author: { readonly name: string; readonly uri: string };
  /** YYYY-MM-DD: the newest entry's update, or a fixed date when there are no entries. */
  readonly updated: string;
  /** Newest first. */
  readonly entries: readonly FeedEntry[];
}

/** The paths of the four feeds; pages link to the Atom ones from their <head>. */
export type FeedKind = 'stories' | 'corrections';
export type FeedFormat = 'atom' | 'rss';

/** Where a feed lives: one per kind, format and language (/feeds/stories.atom, /fr/feeds/stories.atom). */
export function feedPath(locale: Locale, kind: FeedKind, format: FeedFormat): string {
  return localePath(locale, `/feeds/${kind}.${format}`);
}

// XML 1.0 forbids most control characters even when escaped; drop them rather than emit an unreadable feed.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text or attribute value safe inside XML. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** RFC 3339, as Atom wants: a day becomes its first instant in UTC. */
const atomDate = (day: string) => `${day}T00:00:00Z`;
/** RFC 822, as RSS wants: "Sat, 28 Nov 2026 00:00:00 GMT". */
const rssDate = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeXml(text)}</${name}>`;
}

export function atomXml(feed: Feed): string {
  const entries = feed.entries.map((entry) =>
    [
      '<entry>',
      element('id', entry.id),
      element('title', entry.title),
      `<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      element('published', atomDate(entry.published)),
      element('updated', atomDate(entry.updated)),
      element('summary', entry.summary),
      '</entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    element('id', feed.self),
    element('title', feed.title),
    element('subtitle', feed.subtitle),
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    element('updated', atomDate(feed.updated)),
    `<author>${element('name', feed.author.name)}${element('uri', feed.author.uri)}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export function rssXml(feed: Feed, rssSelf: string): string {
  const items = feed.entries.map((entry) =>
    [
      '<item>',
      element('title', entry.title),
      element('link', entry.link),
      element('guid', entry.id, ` isPermaLink="${String(entry.id === entry.link)}"`),
      element('pubDate', rssDate(entry.published)),
      element('description', entry.summary),
      '</item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.alternate),
    element('description', feed.subtitle),
    element('language', feed.language),
    element('lastBuildDate', rssDate(feed.updated)),
    `<atom:link rel="self" type="application/rss+xml" href="${escapeXml(rssSelf)}"/>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** When a story last changed: its `updated` date, else its publication. */
export function storyModified(story: Pick<StoryRecord, 'published' | 'updated'>): string {
  return story.updated ?? story.published;
}

/** Stories newest first by publication: an update shows as a new <updated>, not as a new story. */
function storyEntries(stories: readonly StoryRecord[], site: URL | string, locale: Locale): FeedEntry[] {
  return [...stories]
    .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug))
    .map((story) => {
      const link = absoluteUrl(localePath(locale, `/stories/${story.slug}/`), site);
      return {
        id: link,
        title: story.title,
        summary: story.dek,
        link,
        published: story.published,
        updated: storyModified(story),
      };
    });
}

/**
 * Corrections newest first, as on /corrections/. The id is the corrected page plus the date; a second correction
 * to the same page on the same day gets "-2", counted in the order the author wrote them, so ids stay put.
 */
function correctionEntries(corrections: readonly CorrectionEntry[], site: URL | string, locale: Locale): FeedEntry[] {
  const seen = new Map<string, number>();
  return corrections.map((correction) => {
    const link = absoluteUrl(localePath(locale, correction.subject.path), site);
    const key = `${link}#correction-${correction.date}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return {
      id: n === 1 ? key : `${key}-${n}`,
      title: t(locale, 'feeds.correctionTitle', { title: correction.subject.title }),
      summary: correction.text,
      link,
      published: correction.date,
      updated: correction.date,
    };
  });
}

function newest(dates: readonly string[], fallback: string): string {
  return dates.length === 0 ? fallback : dates.reduce((latest, date) => (date > latest ? date : latest));
}

interface FeedOptions {
  readonly site: URL | string;
  readonly locale: Locale;
  /** Used as the feed's date when it has no entries yet. */
  readonly fallbackDate: string;
}

function feedShell(options: FeedOptions, selfPath: string, alternatePath: string) {
  const { site, locale } = options;
  return {
    self: absoluteUrl(selfPath, site),
    alternate: absoluteUrl(localePath(locale, alternatePath), site),
    language: locale,
    author: { name: t(locale, 'site.name'), uri: absoluteUrl(localePath(locale, '/'), site) },
  };
}

export function storiesFeed(dataset: Dataset, options: FeedOptions): Feed {
  const entries = storyEntries(dataset.stories, options.site, options.locale);
  return {
    ...feedShell(options, feedPath(options.locale, 'stories', 'atom'), '/stories/'),
    title: t(options.locale, 'feeds.stories.title'),
    subtitle: t(options.locale, 'stories.intro'),
    updated: newest(
      entries.map((e) => e.updated),
      options.fallbackDate,
    ),
    entries,
  };
}

export function correctionsFeed(dataset: Dataset, options: FeedOptions): Feed {
  const entries = correctionEntries(allCorrections(dataset), options.site, options.locale);
  return {
    ...feedShell(options, feedPath(options.locale, 'corrections', 'atom'), '/corrections/'),
    title: t(options.locale, 'feeds.corrections.title'),
    subtitle: t(options.locale, 'corrections.intro'),
    updated: newest(
      entries.map((e) => e.updated),
      options.fallbackDate,
    ),
    entries,
  };
}
