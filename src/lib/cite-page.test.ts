import { describe, expect, it } from 'vitest';
import { citePage } from './cite-page.ts';

const page = {
  siteName: 'Sent Elsewhere',
  title: 'United States – Rwanda deportation arrangement',
  url: 'https://example.org/deals/us-rwanda/',
  date: '2026-11-28',
  key: 'us-rwanda',
};

describe('citePage', () => {
  it('gives a plain reference with site, title, dated version and address', () => {
    expect(citePage(page, 'en').text).toBe(
      'Sent Elsewhere. “United States – Rwanda deportation arrangement.” November 28, 2026. https://example.org/deals/us-rwanda/',
    );
  });

  it('gives a BibTeX entry with an escaped title and the corporate author in double braces', () => {
    const { bibtex } = citePage({ ...page, title: 'Costs & caps: 100% of it' }, 'en');
    expect(bibtex).toContain('@misc{sentelsewhere-us-rwanda,');
    expect(bibtex).toContain('author = {{Sent Elsewhere}}');
    expect(bibtex).toContain('title = {Costs \\& caps: 100\\% of it}');
    expect(bibtex).toContain('year = {2026}');
    expect(bibtex).toContain('month = {11}');
  });
});
