/**
 * The site's controlled vocabularies as plain constants, with no Zod: schemas build on them at build time, and
 * browser code (filters, time travel, URL state) imports them without pulling a validation library into the page.
 */

/** Where a deal stands. The last status transition is the deal's current status. */
export const DEAL_STATUSES = ['talks', 'agreed', 'active', 'suspended', 'ended'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** What the deal does with the people it concerns. */
export const DEAL_KINDS = [
  'third-country-deportation',
  'offshore-processing',
  'asylum-transfer',
  'resettlement',
] as const;
export type DealKind = (typeof DEAL_KINDS)[number];

/** How firmly the deal is established. */
export const CONFIDENCE_LEVELS = ['confirmed-both', 'confirmed-one', 'reported', 'denied'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** What kind of dated event something is. */
export const EVENT_TYPES = [
  'talks',
  'agreement-signed',
  'announced',
  'transfer',
  'court-ruling',
  'legislation',
  'suspended',
  'ended',
  'payment',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
