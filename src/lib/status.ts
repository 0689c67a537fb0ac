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

/**
 * Which status a group of deals shows when the overview map draws one arc per sender–receiver pair: the most
 * advanced live status among them. Active first (people are being moved), then agreed, suspended and talks; ended
 * only when every deal of the pair has ended, so a finished deal never hides a live one.
 */
export const STATUS_PRECEDENCE: readonly DealStatus[] = ['active', 'agreed', 'suspended', 'talks', 'ended'];

export function leadingStatus(statuses: Iterable<DealStatus | undefined>): DealStatus | undefined {
  let best: DealStatus | undefined;
  for (const status of statuses) {
    if (status && (!best || STATUS_PRECEDENCE.indexOf(status) < STATUS_PRECEDENCE.indexOf(best))) best = status;
  }
  return best;
}

/**
 * One history for a group of deals: at every date any of them changes, the group's leading status. Built so that
 * `statusAt(combineHistories(hs), date)` equals `leadingStatus(hs.map((h) => statusAt(h, date)))` for every date,
 * which lets the browser recolour a pair's arc from one compact attribute, whatever the number of deals behind it.
 */
export function combineHistories(histories: readonly (readonly Transition[])[]): Transition[] {
  const starts = new Map<number, string>();
  for (const history of histories) {
    for (const { date } of history) {
      const start = startOf(parsePartialDate(date));
      if (!starts.has(start)) starts.set(start, date);
    }
  }
  const combined: Transition[] = [];
  for (const [start, date] of [...starts].sort((a, b) => a[0] - b[0])) {
    const status = leadingStatus(
      histories.map((history) => {
        let current: DealStatus | undefined;
        for (const t of history) if (startOf(parsePartialDate(t.date)) <= start) current = t.status;
        return current;
      }),
    );
    if (status && status !== combined.at(-1)?.status) combined.push({ date, status });
  }
  return combined;
}
