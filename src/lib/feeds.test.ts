import { describe, expect, it } from 'vitest';
import type { Dataset } from './content/records.ts';
import { atomXml, correctionsFeed, escapeXml, rssXml, storiesFeed } from './feeds.ts';
import { child, children, parseXml } from '../../tests/helpers/xml.ts';

const site = 'https://sent.example/';
const options = { site, locale: 'en' as const, fallbackDate: '2026-11-28' };

const dataset = {
  stories: [
    {
      slug: 'older',
      title: 'Fish & chips <b>"quoted"</b>',
      dek: "It's < 5 & > 3",
      published: '2026-01-10',
      updated: '2026-03-01',
      corrections: [
        { date: '2026-02-01', text: 'First fix.' },
        { date: '2026-02-01', text: 'Second fix, same day.' },
      ],
    },
    { slug: 'newer', title: 'Newer', dek: 'Dek.', published: '2026-02-20', corrections: [] },
  ],
  deals: [{ id: 'us-x', title: 'US – X', corrections: [{ date: '2026-04-02', text: 'Wrong party.' }] }],
} as unknown as Dataset;

describe('escapeXml', () => {
  it('escapes the five XML specials and drops characters XML cannot hold', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'\u0007`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });
});

describe('stories feed', () => {
  const feed = storiesFeed(dataset, options);

  it('Atom: well-formed, absolute URLs, newest story first, text round-trips through escaping', () => {
    const root = parseXml(atomXml(feed));
    expect(root.name).toBe('feed');
    expect(root.attributes['xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(child(root, 'id').text).toBe('https://sent.example/feeds/stories.atom');
    expect(child(root, 'updated').text).toBe('2026-03-01T00:00:00Z');
    const entries = children(root, 'entry');
    expect(entries.map((e) => child(e, 'id').text)).toEqual([
      'https://sent.example/stories/newer/',
      'https://sent.example/stories/older/',
    ]);
    const older = entries[1];
    if (!older) throw new Error('missing entry');
    expect(child(older, 'title').text).toBe('Fish & chips <b>"quoted"</b>');
    expect(child(older, 'summary').text).toBe("It's < 5 & > 3");
    expect(child(older, 'published').text).toBe('2026-01-10T00:00:00Z');
    expect(child(older, 'updated').text).toBe('2026-03-01T00:00:00Z');
    expect(child(older, 'link').attributes['href']).toBe('https://sent.example/stories/older/');
    for (const link of [...children(root, 'link'), ...entries.flatMap((e) => children(e, 'link'))]) {
      expect(link.attributes['href']).toMatch(/^https:\/\/sent\.example\//);
    }
  });

  it('RSS: well-formed, same items, RFC 822 dates and a self link', () => {
    const root = parseXml(rssXml(feed, 'https://sent.example/feeds/stories.rss'));
    expect(root.name).toBe('rss');
    const channel = child(root, 'channel');
    expect(child(channel, 'atom:link').attributes['href']).toBe('https://sent.example/feeds/stories.rss');
    expect(child(channel, 'lastBuildDate').text).toBe('Sun, 01 Mar 2026 00:00:00 GMT');
    const items = children(channel, 'item');
    expect(items.map((i) => child(i, 'link').text)).toEqual([
      'https://sent.example/stories/newer/',
      'https://sent.example/stories/older/',
    ]);
    expect(child(items[1] ?? channel, 'title').text).toBe('Fish & chips <b>"quoted"</b>');
    expect(child(items[0] ?? channel, 'pubDate').text).toBe('Fri, 20 Feb 2026 00:00:00 GMT');
    expect(child(items[0] ?? channel, 'guid').attributes['isPermaLink']).toBe('true');
  });

  it('follows the configured site origin', () => {
    const other = storiesFeed(dataset, { ...options, site: new URL('https://other.example') });
    expect(other.self).toBe('https://other.example/feeds/stories.atom');
    expect(other.entries[0]?.link).toBe('https://other.example/stories/newer/');
  });
});

describe('corrections feed', () => {
  const feed = correctionsFeed(dataset, options);

  it('lists story and deal corrections newest first, each linking to the corrected page', () => {
    const root = parseXml(atomXml(feed));
    const entries = children(root, 'entry');
    expect(entries.map((e) => child(e, 'link').attributes['href'])).toEqual([
      'https://sent.example/deals/us-x/',
      'https://sent.example/stories/older/',
      'https://sent.example/stories/older/',
    ]);
    expect(entries.map((e) => child(e, 'title').text)).toEqual([
      'Correction: US – X',
      'Correction: Fish & chips <b>"quoted"</b>',
      'Correction: Fish & chips <b>"quoted"</b>',
    ]);
    expect(child(root, 'updated').text).toBe('2026-04-02T00:00:00Z');
  });

  it('gives two corrections on the same page and day distinct, stable ids', () => {
    const ids = feed.entries.map((e) => e.id);
    expect(ids).toEqual([
      'https://sent.example/deals/us-x/#correction-2026-04-02',
      'https://sent.example/stories/older/#correction-2026-02-01',
      'https://sent.example/stories/older/#correction-2026-02-01-2',
    ]);
    expect(feed.entries[1]?.summary).toBe('First fix.');
  });

  it('is a valid, empty feed dated by the fallback when nothing has been corrected', () => {
    const empty = correctionsFeed({ stories: [], deals: [] } as unknown as Dataset, options);
    const atom = parseXml(atomXml(empty));
    expect(children(atom, 'entry')).toHaveLength(0);
    expect(child(atom, 'updated').text).toBe('2026-11-28T00:00:00Z');
    const rss = parseXml(rssXml(empty, 'https://sent.example/feeds/corrections.rss'));
    expect(children(child(rss, 'channel'), 'item')).toHaveLength(0);
    expect(child(child(rss, 'channel'), 'title').text).toBe('Sent Elsewhere: corrections');
  });
});
