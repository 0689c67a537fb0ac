/**
 * Scrollytelling, pure: the view-state patch a <Step> stands for. A step names its whole view, so every key it
 * leaves out is cleared (undefined), except the status filter, which is the reader's own. Tiny and DOM-free so
 * the browser imports it and Vitest tests it.
 */
import type { ViewState } from './view-state.ts';

/** The data-* attributes Step.astro prints (DOMStringMap keys). */
export type StepData = Readonly<Partial<Record<'deal' | 'event' | 'asof' | 'region' | 'from' | 'to', string>>>;

export type StepPatch = Record<Exclude<keyof ViewState, 'status'>, string | undefined>;

export function stepPatch(data: StepData): StepPatch {
  return {
    deal: data.deal,
    event: data.event,
    from: data.from,
    to: data.to,
    asOf: data.asof,
    region: data.region,
  };
}
