/**
 * Every language edition is whole: each English page has a French and a Spanish counterpart; every page's <html
 * lang> is its language and its head names the page in every language (hreflang); and no English interface string
 * is left on a French or Spanish page. Text marked with another `lang` (an English source title, a quotation, an
 * untranslated entry standing in for a missing translation) is the reader's to see in that language, not a leftover.
 * Reports every page and problem, not just the first. `node scripts/languages.ts [dir]` (default dist/).
 */
import { readFileSync } from 'node:fs';
import sax from 'sax';
import { htmlFiles, sitePath } from './built-pages.ts';
import { ui } from '../src/i18n/ui.ts';
import { DEFAULT_LOCALE, LOCALES, alternatePaths, localeOfPath, type Locale } from '../src/i18n/locales.ts';

/** Attributes whose values a reader (or a screen reader) is given as text. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'alt', 'title', 'placeholder']);
const SKIPPED = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd']);
/**
 * English proper names that translations keep as written (a scheme's or a group's own name, glossed in the
 * translation), which contain words of the interface.
 */
const PROPER_NAMES = [
  /Regional Resettlement Arrangement/g,
  /Safe Third Country Agreement/g,
  /Third Country Deportation Watch/g,
  /Insights Today/g,
  /New Europe/g,
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of a page that is in the page's own language, with the <html lang> it declares. */
export function textInPageLanguage(html: string): { lang: string | undefined; text: string } {
  const parser = sax.parser(false, { lowercase: true });
  const stack: { lang: string | undefined; skip: boolean }[] = [];
  let pageLang: string | undefined;
  const parts: string[] = [];
  const current = () => stack.at(-1) ?? { lang: pageLang, skip: false };
  parser.onopentag = (node) => {
    const attributes = node.attributes as Record<string, string>;
    const lang = attributes['lang'] ?? current().lang;
    if (node.name === 'html') pageLang = attributes['lang'];
    const skip = current().skip || SKIPPED.has(node.name) || lang !== pageLang;
    if (!node.isSelfClosing) stack.push({ lang, skip });
    if (!skip) for (const [name, value] of Object.entries(attributes)) if (TEXT_ATTRIBUTES.has(name)) parts.push(value);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => {
    if (!current().skip) parts.push(text);
  };
  parser.onerror = () => {
    // Browsers forgive malformed markup; so does this reader (html-validate reports it).
    (parser as unknown as { error: Error | null }).error = null;
    parser.resume();
  };
  parser.write(html).close();
  // Addresses (a citation's URL) and file names (deals.json) are not words of any language.
  const text = PROPER_NAMES.reduce((all, name) => all.replace(name, ' '), parts.join(' ')).replace(
    /\bhttps?:\/\/\S+|[\w./-]+\.(?:json|csv|atom|rss|xml|svg|png)\b/g,
    ' ',
  );
  return { lang: pageLang, text: text.replace(/\s+/g, ' ') };
}

/** The literal words of a message, without placeholders and plural syntax: "{n, plural, one {# deal} …}" → "deal". */
export function messageFragments(message: string): string[] {
  return message
    .replace(/\{\s*\w+\s*\}/g, '{}')
    .replace(/\{\s*\w+\s*,\s*(?:plural|select|selectordinal)\s*,/g, '{')
    .replace(/(?:=\d+|zero|one|two|few|many|other)\s*\{/g, '{')
    .split(/[{}#]/)
    .map((fragment) =>
      fragment
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^[\s.,:;·—–-]+|[\s.,:;·—–-]+$/g, ''),
    )
    .filter((fragment) => (fragment.match(/\p{L}/gu) ?? []).length >= 4);
}

/** English interface strings (fragments of them) that the page's text still contains. */
export function englishLeftovers(text: string, locale: Locale): string[] {
  const english = ui[DEFAULT_LOCALE];
  const translated = ui[locale];
  const found = new Set<string>();
  for (const key of Object.keys(english) as (keyof typeof english)[]) {
    if (english[key] === translated[key]) continue;
    const own = new Set(messageFragments(translated[key]));
    for (const fragment of messageFragments(english[key])) {
      if (own.has(fragment)) continue;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fragment)}(?![\\p{L}\\p{N}])`, 'u');
      if (pattern.test(text)) found.add(`${key}: "${fragment}"`);
    }
  }
  return [...found];
}

/** Problems with one built page at a site path. */
export function pageProblems(path: string, html: string, exists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  const locale = localeOfPath(path);
  const { lang, text } = textInPageLanguage(html);
  if (lang !== locale) problems.push(`<html lang="${lang ?? ''}">, expected "${locale}"`);
  if (path !== '/404.html') {
    const alternates = alternatePaths(path);
    for (const other of LOCALES) {
      if (!exists(alternates[other])) problems.push(`has no ${other} counterpart (${alternates[other]})`);
      if (
        !path.includes('/embed/') &&
        !new RegExp(`<link rel="alternate" hreflang="${other}" href="[^"]*${escapeRegExp(alternates[other])}"`).test(
          html,
        )
      ) {
        problems.push(`its head has no hreflang="${other}" alternate`);
      }
    }
  }
  if (locale !== DEFAULT_LOCALE)
    for (const leftover of englishLeftovers(text, locale)) problems.push(`English left: ${leftover}`);
  return problems;
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  const files = htmlFiles(dir);
  const paths = new Set(files.map((file) => sitePath(dir, file)));
  const problems = files.flatMap((file) =>
    pageProblems(sitePath(dir, file), readFileSync(file, 'utf8'), (p) => paths.has(p)).map(
      (p) => `${sitePath(dir, file)} ${p}`,
    ),
  );
  const perLocale = LOCALES.map((l) => `${[...paths].filter((p) => localeOfPath(p) === l).length} ${l}`).join(', ');
  if (problems.length > 0) {
    console.error(`Language editions (${problems.length} problems):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    `languages: ${perLocale} pages; every page in every language, with its lang, its alternates and no English left`,
  );
}
