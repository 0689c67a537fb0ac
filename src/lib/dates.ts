/**
 * Partial dates: the precision of a date is part of the fact. "2025-06" means "some time in June 2025",
 * never "1 June 2025". All arithmetic is done in UTC so that results do not depend on the machine's time zone.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The date exactly as written: "2025", "2025-06" or "2025-06-14". */
  readonly iso: string;
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1–12, present for month and day precision. */
  readonly month?: number;
  /** 1–31, present for day precision. */
  readonly day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a string is not a valid partial date, or `undefined` when it is one. */
export function partialDateProblem(value: string): string | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return `"${value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1900 || year > 2100) return `year ${year} is out of range (1900–2100)`;
  if (m === undefined) return undefined;
  const month = Number(m);
  if (month < 1 || month > 12) return `"${value}" has no month ${m}`;
  if (d === undefined) return undefined;
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `"${value}" is impossible: that month has ${last} days`;
  return undefined;
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; throws on anything else, including impossible days. */
export function parsePartialDate(value: string): PartialDate {
  const problem = partialDateProblem(value);
  if (problem) throw new Error(problem);
  const [y, m, d] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return { iso: value, precision: 'year', year: y };
  if (d === undefined) return { iso: value, precision: 'month', year: y, month: m };
  return { iso: value, precision: 'day', year: y, month: m, day: d };
}

/** First instant covered by the date (UTC milliseconds). */
export function startOf(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** First instant after the period covered by the date (UTC milliseconds). */
export function endOf(date: PartialDate): number {
  if (date.precision === 'year') return Date.UTC(date.year + 1, 0, 1);
  if (date.precision === 'month') return Date.UTC(date.year, date.month ?? 1, 1);
  return Date.UTC(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1);
}

/**
 * Orders partial dates chronologically by their start; at the same start the less precise date comes first
 * ("2025" before "2025-01" before "2025-01-01"), which keeps sorting stable and deterministic.
 */
export function comparePartialDates(a: string, b: string): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  return startOf(pa) - startOf(pb) || a.length - b.length;
}

/**
 * True when `later` cannot be before `earlier`: it may overlap a coarser date ("2025-06" is not before "2025"),
 * but a period that ends before the other starts is out of order.
 */
export function isNotBefore(later: string, earlier: string): boolean {
  return endOf(parsePartialDate(later)) > startOf(parsePartialDate(earlier));
}

/** Today's date as YYYY-MM-DD in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Formats a partial date at its own precision in the given locale: "2025", "June 2025", "14 June 2025". */
export function formatPartialDate(value: string, locale: string): string {
  const date = parsePartialDate(value);
  const instant = new Date(startOf(date));
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : date.precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(instant);
}
