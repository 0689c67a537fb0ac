/** A deal: one arrangement under which a state sends people to another country. One YAML file per deal. */
import { z } from 'astro/zod';
import {
  correctionSchema,
  countryCodeSchema,
  currencySchema,
  dayDateSchema,
  partialDateSchema,
  sourceIdsSchema,
  textSchema,
} from './common.ts';

import { CONFIDENCE_LEVELS, DEAL_KINDS, DEAL_STATUSES } from './vocabulary.ts';

export { CONFIDENCE_LEVELS, DEAL_KINDS, DEAL_STATUSES };
export type { Confidence, DealKind, DealStatus } from './vocabulary.ts';

export const statusTransitionSchema = z.strictObject({
  /** When the deal entered this status, at the precision sources give. */
  date: partialDateSchema,
  /** The status from this date on. */
  status: z.enum(DEAL_STATUSES),
  /** One line on what happened, in our own words. */
  note: textSchema.optional(),
  /** Sources for the transition. */
  sources: sourceIdsSchema,
});

export const peopleFigureSchema = z.strictObject({
  /** Number of people transferred under the deal. */
  value: z.number().int().nonnegative(),
  /** How the number should be read: an exact count, a floor, an estimate or a ceiling. */
  qualifier: z.enum(['exact', 'at-least', 'about', 'up-to']).default('exact'),
  /** The date the count refers to. */
  asOf: partialDateSchema,
  note: textSchema.optional(),
  sources: sourceIdsSchema,
});

export const moneyFigureSchema = z.strictObject({
  /** Amount in the currency's main unit (pounds, dollars). */
  amount: z.number().positive(),
  currency: currencySchema,
  /** Money actually paid, or promised. */
  kind: z.enum(['paid', 'pledged']),
  /** For a recurring amount (a running cost), the period it covers: `year` reads "A$350M a year". */
  per: z.enum(['year']).optional(),
  asOf: partialDateSchema.optional(),
  note: textSchema.optional(),
  sources: sourceIdsSchema,
});

export const capFigureSchema = z.strictObject({
  /** The ceiling the deal sets, e.g. 250 for "up to 250 people". Kept as a cap, never as a count. */
  value: z.number().int().positive(),
  unit: z.enum(['people', 'people-per-year', 'people-at-a-time']).default('people'),
  note: textSchema.optional(),
  sources: sourceIdsSchema,
});

export const dealSchema = z
  .strictObject({
    /** Headline name of the deal. */
    title: textSchema,
    /** Sending state(s), ISO 3166-1 alpha-3. */
    from: z.array(countryCodeSchema).min(1),
    /** Receiving state(s), ISO 3166-1 alpha-3. */
    to: z.array(countryCodeSchema).min(1),
    kind: z.enum(DEAL_KINDS),
    confidence: z.enum(CONFIDENCE_LEVELS),
    /** Two to four sentences in our own words. */
    summary: textSchema,
    /** Dated transitions in chronological order; the last one is the current status. */
    statusHistory: z.array(statusTransitionSchema).min(1, 'give at least one dated status'),
    figures: z
      .strictObject({
        people: z.array(peopleFigureSchema).default([]),
        money: z.array(moneyFigureSchema).default([]),
        caps: z.array(capFigureSchema).default([]),
      })
      .default({ people: [], money: [], caps: [] }),
    /** Sources for the deal as a whole (its existence, parties, kind). */
    sources: sourceIdsSchema,
    /** Last substantive change to the deal's published facts, YYYY-MM-DD. */
    updated: dayDateSchema.optional(),
    /** Dated corrections to the deal's published facts, oldest first; shown on the deal page and /corrections/. */
    corrections: z.array(correctionSchema).default([]),
  })
  .check((ctx) => {
    const overlap = ctx.value.from.filter((code) => ctx.value.to.includes(code));
    if (overlap.length > 0) {
      ctx.issues.push({
        code: 'custom',
        path: ['to'],
        input: ctx.value.to,
        message: `${overlap.join(', ')} cannot both send and receive`,
      });
    }
  });

export type Deal = z.infer<typeof dealSchema>;
export type StatusTransition = z.infer<typeof statusTransitionSchema>;
