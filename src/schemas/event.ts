/** A dated event concerning one or more deals. Event files hold a YAML list of events. */
import { z } from 'astro/zod';
import { currencySchema, idSchema, partialDateSchema, sourceIdsSchema, textSchema } from './common.ts';

import { EVENT_TYPES } from './vocabulary.ts';

export { EVENT_TYPES };
export type { EventType } from './vocabulary.ts';

export const eventSchema = z.strictObject({
  /** Unique id across all event files. */
  id: idSchema,
  /** When it happened, at the precision sources give: "2025", "2025-06" or "2025-06-14". */
  date: partialDateSchema,
  type: z.enum(EVENT_TYPES),
  /** Ids of the deals concerned (file names in `content/deals/`). */
  deals: z.array(idSchema).min(1, 'name at least one deal'),
  /** Short headline in our own words. */
  title: textSchema,
  /** One to three sentences in our own words. */
  summary: textSchema,
  /** People transferred or affected by this event, when a source gives the number. */
  people: z.number().int().nonnegative().optional(),
  /** Money paid or pledged in this event. */
  amount: z.strictObject({ value: z.number().positive(), currency: currencySchema }).optional(),
  /** A short quotation of an official, exactly as published. */
  quote: z.strictObject({ text: textSchema, speaker: textSchema }).optional(),
  /** Where sources disagree, how. */
  disputed: textSchema.optional(),
  sources: sourceIdsSchema,
});

export type DealEvent = z.infer<typeof eventSchema>;
