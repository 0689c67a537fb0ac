import { describe, expect, it } from 'vitest';
import { headEntries, type HeadEntry } from './head.ts';

const render = (entries: readonly HeadEntry[]) =>
  entries.map((e) => (e.tag === 'title' ? `title:${e.text ?? ''}` : `${e.tag}:${JSON.stringify(e.attrs)}`));
const find = (entries: readonly HeadEntry[], key: string, value: string) => entries.find((e) => e.attrs[key] === value);

describe('headEntries', () => {
  const base = { title: 'Deals · Sent Elsewhere', description: 'Every deal.', canonical: 'https://x.org/deals/' };

  it('starts with the charset and viewport, then the title and description', () => {
    expect(render(headEntries(base)).slice(0, 4)).toEqual([
      'meta:{"charset":"utf-8"}',
      'meta:{"name":"viewport","content":"width=device-width, initial-scale=1"}',
      'title:Deals · Sent Elsewhere',
      'meta:{"name":"description","content":"Every deal."}',
    ]);
  });

  it('gives a shared page its feeds and link-preview tags, with article dates for a story', () => {
    const entries = headEntries({
      ...base,
      feeds: [{ href: '/feeds/stories.atom', title: 'Stories' }],
      preview: {
        siteName: 'Sent Elsewhere',
        type: 'article',
        image: { url: 'https://x.org/og/deals.png', alt: 'A map', width: 1200, height: 630 },
        article: { published: '2026-11-28', modified: '2026-11-30' },
      },
    });
    expect(find(entries, 'rel', 'alternate')?.attrs['href']).toBe('/feeds/stories.atom');
    expect(find(entries, 'property', 'og:type')?.attrs['content']).toBe('article');
    expect(find(entries, 'property', 'og:image:width')?.attrs['content']).toBe('1200');
    expect(find(entries, 'property', 'article:modified_time')?.attrs['content']).toBe('2026-11-30');
    expect(find(entries, 'name', 'twitter:image:alt')?.attrs['content']).toBe('A map');
    expect(find(entries, 'name', 'robots')).toBeUndefined();
  });

  it('keeps an embed out of search results and opens its links in the top window, with no preview tags', () => {
    const entries = headEntries({ ...base, noindex: true, baseTarget: '_top' });
    expect(find(entries, 'name', 'robots')?.attrs['content']).toBe('noindex');
    expect(entries.find((e) => e.tag === 'base')?.attrs['target']).toBe('_top');
    expect(entries.some((e) => e.attrs['property']?.startsWith('og:'))).toBe(false);
    expect(find(entries, 'rel', 'canonical')?.attrs['href']).toBe('https://x.org/deals/');
  });
});
