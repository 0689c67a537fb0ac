/**
 * A small subset of ICU MessageFormat, enough for interface strings: `{name}` placeholders and plural choices,
 * `{count, plural, =0 {no deals} one {# deal} other {# deals}}`, where the case is picked by `Intl.PluralRules` for
 * the locale (so languages with `few` and `many` forms work too) and `#` is the number formatted for the locale.
 * Pure and dependency-free: the browser uses it for the few strings it fills in itself (search result counts).
 */

type Vars = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numberFormatFor(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/** The index of the brace that closes the one opened at `open`. */
function closingBrace(text: string, open: number, key: string): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message "${key}"`);
}

/** `=0 {…} one {…} other {…}` → Map of selector → case text. */
function pluralCases(body: string, key: string): Map<string, string> {
  const cases = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!selector) {
      if (body.slice(i).trim() === '') break;
      throw new Error(`Bad plural case in message "${key}" near "${body.slice(i, i + 20)}"`);
    }
    const open = i + selector[0].length - 1;
    const close = closingBrace(body, open, key);
    cases.set(selector[1] ?? 'other', body.slice(open + 1, close));
    i = close + 1;
  }
  if (!cases.has('other')) throw new Error(`Plural in message "${key}" has no "other" case`);
  return cases;
}

/** Fills a message template for a locale. `key` only names the message in errors. */
export function formatMessage(locale: string, template: string, vars: Vars = {}, key = template): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = closingBrace(template, open, key);
    const inner = template.slice(open + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner);
    const name = plural ? (plural[1] ?? '') : inner.trim();
    const value = vars[name];
    if (value === undefined) throw new Error(`Missing "${name}" for UI string "${key}"`);
    if (plural) {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new Error(`"${name}" must be a number for the plural in "${key}"`);
      const cases = pluralCases(inner.slice(plural[0].length), key);
      const chosen = cases.get(`=${n}`) ?? cases.get(rulesFor(locale).select(n)) ?? cases.get('other') ?? '';
      out += formatMessage(locale, chosen.replaceAll('#', numberFormatFor(locale).format(n)), vars, key);
    } else {
      out += String(value);
    }
    i = close + 1;
  }
  return out;
}
