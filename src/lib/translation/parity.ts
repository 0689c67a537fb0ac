/**
 * Facts that must survive translation: the numbers, months and currencies a text states. A translation may reword
 * everything else, but `parityProblems` finds a figure, a month or a currency that the English has and the
 * translation lacks (or the other way round), after reading each language's own number formats: "1,322" in
 * English is "1 322" in French and "1322" in Spanish; "$7.5 million" is « 7,5 millions de dollars ».
 */

export type ParityLocale = 'en' | 'fr' | 'es';

export interface FactTokens {
  /** Every number, in digits or spelled out (two to twenty), scaled by a following magnitude word. */
  readonly numbers: readonly number[];
  /** Every month named, 1–12. */
  readonly months: readonly number[];
  /** The currencies named. */
  readonly currencies: ReadonlySet<string>;
}

const LETTER_OR_DIGIT = String.raw`\p{L}\p{N}`;
const boundary = (pattern: string) => `(?<![${LETTER_OR_DIGIT}])(?:${pattern})(?![${LETTER_OR_DIGIT}])`;

interface NumberFormat {
  /** Digits with optional thousands groups; group 1 the integer part, group 2 the decimals. */
  readonly digits: string;
  /** Magnitude words after a number, longest first, and their factors. */
  readonly magnitudes: readonly (readonly [pattern: string, factor: number])[];
  readonly group: RegExp;
}

const FORMATS: Record<ParityLocale, NumberFormat> = {
  en: {
    digits: String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`,
    magnitudes: [
      [String.raw`\s*(?:trillion|tn)`, 1e12],
      [String.raw`\s*(?:billion|bn)`, 1e9],
      [String.raw`\s*(?:million|mn|m|M)`, 1e6],
    ],
    group: /,/g,
  },
  fr: {
    digits: String.raw`(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?`,
    magnitudes: [
      [String.raw`\s+(?:billions?)`, 1e12],
      [String.raw`\s+(?:milliards?|Md)`, 1e9],
      [String.raw`\s+millions?|\s*M`, 1e6],
    ],
    group: /[ \u00a0\u202f]/g,
  },
  es: {
    digits: String.raw`(\d{1,3}(?:[. \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?`,
    magnitudes: [
      [String.raw`\s+(?:billones|billón)`, 1e12],
      [String.raw`\s+mil\s+millones`, 1e9],
      [String.raw`\s+(?:millones|millón)|\s*M`, 1e6],
      [String.raw`\s+mil`, 1e3],
    ],
    group: /[. \u00a0\u202f]/g,
  },
};

const WORDS: Record<ParityLocale, Readonly<Record<string, readonly number[]>>> = {
  en: {
    two: [2],
    both: [2],
    three: [3],
    four: [4],
    five: [5],
    six: [6],
    seven: [7],
    eight: [8],
    nine: [9],
    ten: [10],
    eleven: [11],
    twelve: [12],
    thirteen: [13],
    fourteen: [14],
    fifteen: [15],
    sixteen: [16],
    seventeen: [17],
    eighteen: [18],
    nineteen: [19],
    twenty: [20],
  },
  fr: {
    deux: [2],
    trois: [3],
    quatre: [4],
    cinq: [5],
    six: [6],
    sept: [7],
    huit: [8],
    neuf: [9],
    dix: [10],
    onze: [11],
    douze: [12],
    treize: [13],
    quatorze: [14],
    quinze: [15],
    seize: [16],
    'dix-sept': [17],
    'dix-huit': [18],
    'dix-neuf': [19],
    vingt: [20],
  },
  es: {
    dos: [2],
    ambos: [2],
    ambas: [2],
    tres: [3],
    cuatro: [4],
    cinco: [5],
    seis: [6],
    siete: [7],
    ocho: [8],
    nueve: [9],
    diez: [10],
    once: [11],
    doce: [12],
    trece: [13],
    catorce: [14],
    quince: [15],
    dieciséis: [16],
    diecisiete: [17],
    dieciocho: [18],
    diecinueve: [19],
    veinte: [20],
    veintiuno: [20],
    veintiún: [20],
    veintidós: [20, 2],
    veintitrés: [20, 3],
    veinticuatro: [20, 4],
    veinticinco: [20, 5],
    veintiséis: [20, 6],
    veintisiete: [20, 7],
    veintiocho: [20, 8],
    veintinueve: [20, 9],
  },
};

const MONTHS: Record<ParityLocale, readonly (readonly string[])[]> = {
  en: [
    ['January', 'Jan'],
    ['February', 'Feb'],
    ['March', 'Mar'],
    ['April', 'Apr'],
    ['May'],
    ['June', 'Jun'],
    ['July', 'Jul'],
    ['August', 'Aug'],
    ['September', 'Sept', 'Sep'],
    ['October', 'Oct'],
    ['November', 'Nov'],
    ['December', 'Dec'],
  ],
  fr: [
    ['janvier'],
    ['février'],
    ['mars'],
    ['avril'],
    ['mai'],
    ['juin'],
    ['juillet'],
    ['août'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['décembre'],
  ],
  es: [
    ['enero'],
    ['febrero'],
    ['marzo'],
    ['abril'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto'],
    ['septiembre', 'setiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre'],
  ],
};

/** Names and symbols of each currency, per language; symbols need no word boundary. */
const CURRENCIES: Record<ParityLocale, Readonly<Record<string, string>>> = {
  en: {
    dollar: String.raw`\$|\bUSD\b|\bAUD\b|\bdollars?\b`,
    pound: String.raw`£|\bGBP\b|\bpounds?\b(?! sand)|\bsterling\b`,
    euro: String.raw`€|\bEUR\b|\beuros?\b`,
    krone: String.raw`\bDKK\b|\bkron(?:e|er|a|or)\b`,
    franc: String.raw`\bfrancs?\b`,
  },
  fr: {
    dollar: String.raw`\$|\bUSD\b|\bAUD\b|\bdollars?\b`,
    pound: String.raw`£|\bGBP\b|\blivres?\b(?! blancs?)|\bsterling\b`,
    euro: String.raw`€|\bEUR\b|\beuros?\b`,
    krone: String.raw`\bDKK\b|\bcouronnes?\b`,
    franc: String.raw`\bfrancs?\b`,
  },
  es: {
    dollar: String.raw`\$|\bUSD\b|\bAUD\b|\bdólar(?:es)?\b`,
    pound: String.raw`£|\bGBP\b|\blibras?\b|\besterlinas?\b`,
    euro: String.raw`€|\bEUR\b|\beuros?\b`,
    krone: String.raw`\bDKK\b|\bcoronas?\b`,
    franc: String.raw`\bfrancos?\b`,
  },
};

/** Names that contain a month word without naming a month. */
const NOT_A_MONTH: Record<ParityLocale, RegExp> = {
  en: /\b(?:Theresa|Brian) May\b|\bMar(?= del)/g,
  fr: /\bTheresa May\b/g,
  es: /\bTheresa May\b|\bPlaza de Mayo\b/g,
};

const cache = new Map<ParityLocale, { number: RegExp; word: RegExp; month: RegExp; monthIndex: Map<string, number> }>();

function patterns(locale: ParityLocale) {
  const found = cache.get(locale);
  if (found) return found;
  const format = FORMATS[locale];
  const magnitude = format.magnitudes.map(([pattern]) => `(${pattern})`).join('|');
  const number = new RegExp(`(?<![${LETTER_OR_DIGIT}.,])${format.digits}(?:(?:${magnitude})(?![\\p{L}]))?`, 'gu');
  const words = Object.keys(WORDS[locale]).sort((a, b) => b.length - a.length);
  const word = new RegExp(boundary(words.join('|')), 'giu');
  const monthIndex = new Map<string, number>();
  MONTHS[locale].forEach((names, index) => {
    for (const name of names) monthIndex.set(name.toLowerCase(), index + 1);
  });
  const names = [...monthIndex.keys()].sort((a, b) => b.length - a.length);
  const month = new RegExp(
    boundary(names.map((name) => (locale === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name)).join('|')),
    locale === 'en' ? 'gu' : 'giu',
  );
  const built = { number, word, month, monthIndex };
  cache.set(locale, built);
  return built;
}

export function factTokens(text: string, locale: ParityLocale): FactTokens {
  const format = FORMATS[locale];
  const { number, word, month, monthIndex } = patterns(locale);
  const numbers: number[] = [];
  for (const match of text.matchAll(number)) {
    const integer = Number((match[1] ?? '').replace(format.group, ''));
    const decimals = match[2] ? Number(`0.${match[2]}`) : 0;
    const factorIndex = match.slice(3).findIndex((group) => Boolean(group));
    const factor = factorIndex >= 0 ? (format.magnitudes[factorIndex]?.[1] ?? 1) : 1;
    numbers.push(Math.round((integer + decimals) * factor * 1000) / 1000);
  }
  for (const match of text.matchAll(word)) numbers.push(...(WORDS[locale][match[0].toLowerCase()] ?? []));
  const months: number[] = [];
  for (const match of text.replace(NOT_A_MONTH[locale], ' ').matchAll(month)) {
    const index = monthIndex.get(match[0].toLowerCase());
    if (index) months.push(index);
  }
  const currencies = new Set<string>();
  for (const [currency, pattern] of Object.entries(CURRENCIES[locale])) {
    // Case-sensitive: a ship called Libra or a network called Euro is not money.
    if (new RegExp(pattern, 'u').test(text)) currencies.add(currency);
  }
  return { numbers: numbers.sort((a, b) => a - b), months: months.sort((a, b) => a - b), currencies };
}

/** What is in `a` and not in `b`, counting repeats. */
function missingFrom<T>(a: readonly T[], b: readonly T[]): T[] {
  const left = [...b];
  return a.filter((item) => {
    const at = left.indexOf(item);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

const MONTH_NAMES = MONTHS.en.map((names) => names[0]);

/**
 * Messages for every number, month and currency on which the translation differs from the English; empty when
 * they agree. The messages are for a translator: they name the value and the side it is missing on.
 */
export function parityProblems(english: string, translation: string, locale: Exclude<ParityLocale, 'en'>): string[] {
  const source = factTokens(english, 'en');
  const target = factTokens(translation, locale);
  const problems: string[] = [];
  const list = (values: readonly (number | string | undefined)[]) => values.join(', ');
  const lost = missingFrom(source.numbers, target.numbers);
  const added = missingFrom(target.numbers, source.numbers);
  if (lost.length > 0) problems.push(`the English has the number(s) ${list(lost)}, the translation does not`);
  if (added.length > 0) problems.push(`the translation has the number(s) ${list(added)}, the English does not`);
  const lostMonths = missingFrom(source.months, target.months).map((m) => MONTH_NAMES[m - 1]);
  const addedMonths = missingFrom(target.months, source.months).map((m) => MONTH_NAMES[m - 1]);
  if (lostMonths.length > 0)
    problems.push(`the English names the month(s) ${list(lostMonths)}, the translation does not`);
  if (addedMonths.length > 0)
    problems.push(`the translation names the month(s) ${list(addedMonths)}, the English does not`);
  const lostCurrencies = [...source.currencies].filter((c) => !target.currencies.has(c));
  const addedCurrencies = [...target.currencies].filter((c) => !source.currencies.has(c));
  if (lostCurrencies.length > 0)
    problems.push(`the English names the currency ${list(lostCurrencies)}, the translation does not`);
  if (addedCurrencies.length > 0)
    problems.push(`the translation names the currency ${list(addedCurrencies)}, the English does not`);
  return problems;
}
