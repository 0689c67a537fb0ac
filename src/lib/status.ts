/**
 * A deal's status on a given date, from its dated transitions. Pure and small enough for the browser, where the
 * map's time-travel control recolours deals with the same function the build uses.
 */
import { DEAL_STATUSES, type DealStatus } from '../schemas/vocabulary.ts';
import { endOf, parsePartialDate, partialDateProblem, startOf } from './dates.ts';

export interface Transition {
  readonly date: string;
  readonly status: DealStatus;
}

/**
 * The status in force at the end of the period `date` names (a day, month or year), or undefined before the first
 * transition. A transition counts from the start of its own period: "agreed in 2025-08" is agreed on 1 August.
 */
export function statusAt(history: readonly Transition[], date: string): DealStatus | undefined {
  const until = endOf(parsePartialDate(date));
  let status: DealStatus | undefined;
  for (const transition of history) {
    if (startOf(parsePartialDate(transition.date)) < until) status = transition.status;
  }
  return status;
}

/** "2025-05-04:talks 2025-06:agreed", the compact form printed in data-history attributes. */
export function serializeHistory(history: readonly Transition[]): string {
  return history.map((t) => `${t.date}:${t.status}`).join(' ');
}

export function parseHistory(text: string): Transition[] {
  return text
    .split(' ')
    .filter(Boolean)
    .map((item) => {
      const [date = '', status = ''] = item.split(':');
      if (partialDateProblem(date) || !(DEAL_STATUSES as readonly string[]).includes(status)) {
        throw new Error(`Bad status history item "${item}"`);
      }
      return { date, status: status as DealStatus };
    });
}
