/** Queries over the checked dataset. Pure functions; pages call these and pass plain results to components. */
import type { Dataset, DealRecord, EventRecord, SourceRecord, StoryRecord } from './content/records.ts';
import type { DealStatus } from '../schemas/deal.ts';
import { comparePartialDates } from './dates.ts';
import { statusAt } from './status.ts';

export type { Dataset, DealRecord, EventRecord, SourceRecord, StoryRecord };

export function findDeal(dataset: Dataset, id: string): DealRecord {
  const deal = dataset.deals.find((d) => d.id === id);
  if (!deal) throw new Error(`Unknown deal "${id}"`);
  return deal;
}

export function eventsForDeal(dataset: Dataset, dealId: string): EventRecord[] {
  return dataset.events.filter((event) => event.deals.includes(dealId));
}

export function storiesForDeal(dataset: Dataset, dealId: string): StoryRecord[] {
  return dataset.stories.filter((story) => story.deals.includes(dealId));
}

/** Every source id a deal relies on, directly or through its transitions, figures and events, without repeats. */
export function sourceIdsForDeal(dataset: Dataset, deal: DealRecord): string[] {
  const ids = [
    ...deal.sources,
    ...deal.statusHistory.flatMap((t) => t.sources),
    ...deal.figures.people.flatMap((f) => f.sources),
    ...deal.figures.money.flatMap((f) => f.sources),
    ...deal.figures.caps.flatMap((f) => f.sources),
    ...eventsForDeal(dataset, deal.id).flatMap((e) => e.sources),
  ];
  return [...new Set(ids)];
}

export function resolveSources(dataset: Dataset, ids: readonly string[]): SourceRecord[] {
  return ids.map((id) => {
    const source = dataset.sources.get(id);
    if (!source) throw new Error(`Unknown source "${id}"`);
    return source;
  });
}

/** Sources sorted newest first, then by outlet, for the sources page. */
export function sourcesByDate(dataset: Dataset): SourceRecord[] {
  const byDate = (a: SourceRecord, b: SourceRecord) => {
    if (a.published === 'undated' || b.published === 'undated') {
      return Number(a.published === 'undated') - Number(b.published === 'undated');
    }
    return comparePartialDates(b.published, a.published);
  };
  return [...dataset.sources.values()].sort(
    (a, b) => byDate(a, b) || a.outlet.localeCompare(b.outlet) || a.id.localeCompare(b.id),
  );
}

/** The deal's status on a date (YYYY, YYYY-MM or YYYY-MM-DD), or undefined before its first transition. */
export function statusOn(deal: DealRecord, date: string): DealStatus | undefined {
  return statusAt(deal.statusHistory, date);
}

/** The date the deal entered its current status: the first of the trailing transitions with that status. */
export function statusSince(deal: Pick<DealRecord, 'statusHistory' | 'status'>): string {
  const history = deal.statusHistory;
  let index = history.length - 1;
  while (index > 0 && history[index - 1]?.status === deal.status) index -= 1;
  const transition = history[index];
  if (!transition) throw new Error('A deal has no status history');
  return transition.date;
}

/** The most recent of some dated figures; undated ones count as oldest. */
export function latestDated<T extends { readonly asOf?: string | undefined }>(items: readonly T[]): T | undefined {
  return [...items]
    .sort((a, b) => (a.asOf && b.asOf ? comparePartialDates(a.asOf, b.asOf) : Number(!!a.asOf) - Number(!!b.asOf)))
    .at(-1);
}

/** The most recent people figure for a deal, if any: the number readers most want. */
export function latestPeopleFigure(deal: Pick<DealRecord, 'figures'>) {
  return latestDated(deal.figures.people);
}

/** Every country code that appears in the dataset, sorted. */
export function countryCodes(dataset: Dataset): string[] {
  return [...new Set(dataset.deals.flatMap((d) => [...d.from, ...d.to]))].sort();
}

/**
 * The publication date of the newest dated report the record cites (at its precision), overall or for some source
 * ids: with the review date, it says how current the data is. Undated sources are left out.
 */
export function latestReport(dataset: Dataset, ids?: readonly string[]): string | undefined {
  const sources = ids ? resolveSources(dataset, ids) : [...dataset.sources.values()];
  const dates = sources.map((source) => source.published).filter((date) => date !== 'undated');
  return dates.reduce<string | undefined>(
    (latest, date) => (!latest || comparePartialDates(date, latest) > 0 ? date : latest),
    undefined,
  );
}

/** The date of a deal's latest development on record: its last event or status change. */
export function latestDevelopment(dataset: Dataset, deal: DealRecord): string | undefined {
  const dates = [...deal.statusHistory.map((t) => t.date), ...eventsForDeal(dataset, deal.id).map((e) => e.date)];
  return dates.reduce<string | undefined>(
    (latest, date) => (!latest || comparePartialDates(date, latest) > 0 ? date : latest),
    undefined,
  );
}
