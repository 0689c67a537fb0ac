/** "Cite this page": a plain reference and a BibTeX entry for a page of the site. Pure. */
import { formatPartialDate } from './dates.ts';

export interface PageToCite {
  readonly siteName: string;
  readonly title: string;
  /** Absolute URL of the page. */
  readonly url: string;
  /** When the page's content last changed or was reviewed, YYYY-MM-DD. */
  readonly date: string;
  /** Stable key for BibTeX, e.g. the deal id. */
  readonly key: string;
}

const bibtexEscape = (text: string) => text.replace(/([{}%&$#_])/g, '\\$1');

export function citePage(page: PageToCite, locale: string): { text: string; bibtex: string } {
  const [year = '', month = ''] = page.date.split('-');
  return {
    text: `${page.siteName}. “${page.title}.” ${formatPartialDate(page.date, locale)}. ${page.url}`,
    bibtex: [
      `@misc{sentelsewhere-${page.key},`,
      `  author = {{${bibtexEscape(page.siteName)}}},`,
      `  title = {${bibtexEscape(page.title)}},`,
      `  year = {${year}},`,
      `  month = {${Number(month)}},`,
      `  url = {${page.url}},`,
      `  note = {Version of ${page.date}}`,
      '}',
    ].join('\n'),
  };
}
