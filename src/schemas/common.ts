/** Building blocks shared by every content schema. */
import { z } from 'astro/zod';
import { isCountryCode, suggestCountryCode } from '../lib/countries.ts';
import { partialDateProblem } from '../lib/dates.ts';

/** A lowercase kebab-case identifier: `us-rwanda`, `reuters-2025-05-05-rwanda-talks`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9 and single hyphens)');

/** YAML reads an unquoted `2025` as a number; accept it as the year it means. */
const yearNumberToString = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) ? String(value) : value;

/** A date at its true precision: "2025", "2025-06" or "2025-06-14". Impossible days are rejected. */
export const partialDateSchema = z.preprocess(
  yearNumberToString,
  z.string().check((ctx) => {
    const problem = partialDateProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  }),
);

/** Astro's front-matter parser turns an unquoted 2025-06-14 into a Date at UTC midnight; take it back as written. */
const dateObjectToString = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

/** A full calendar date, "2025-06-14": for publication, access and correction dates, which are always known. */
export const dayDateSchema = z.preprocess(
  dateObjectToString,
  z.string().check((ctx) => {
    const problem = /^\d{4}-\d{2}-\d{2}$/.test(ctx.value)
      ? partialDateProblem(ctx.value)
      : `"${ctx.value}" must be a full date, YYYY-MM-DD`;
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  }),
);

/** An ISO 3166-1 alpha-3 code in capitals ("RWA"), or XKX for Kosovo. */
export const countryCodeSchema = z.string().check((ctx) => {
  if (isCountryCode(ctx.value)) return;
  const suggestion = suggestCountryCode(ctx.value);
  ctx.issues.push({
    code: 'custom',
    input: ctx.value,
    message:
      `"${ctx.value}" is not an ISO 3166-1 alpha-3 country code` +
      (suggestion ? ` (did you mean "${suggestion}"?)` : ''),
  });
});

/** Ids of entries in `content/sources/`; at least one: every fact is sourced. */
export const sourceIdsSchema = z.array(idSchema).min(1, 'cite at least one source id');

/** ISO 4217 currency code known to Intl ("USD", "GBP", "EUR"). */
export const currencySchema = z.string().check((ctx) => {
  const known = /^[A-Z]{3}$/.test(ctx.value) && Intl.supportedValuesOf('currency').includes(ctx.value);
  if (!known)
    ctx.issues.push({ code: 'custom', input: ctx.value, message: `"${ctx.value}" is not an ISO 4217 currency code` });
});

/** Non-empty text with no leading or trailing blank space. */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/** A dated correction on a story or a deal: rendered where it applies and listed on /corrections/ and its feed. */
export const correctionSchema = z.strictObject({
  /** When the correction was made, YYYY-MM-DD. */
  date: dayDateSchema,
  /** What was wrong and what it now says. */
  text: textSchema,
});

export type Correction = z.infer<typeof correctionSchema>;
