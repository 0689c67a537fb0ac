/**
 * The record of what each deal page said when it was last published (content/published.json), and the check
 * that a later change to a deal's parties, dates or status is announced to readers: either by a newer `updated`
 * date (the story moved on) or by a new entry in `corrections` (we got something wrong). `npm run record` rewrites
 * the record once the change has landed.
 */
import type { DealRecord } from './content/records.ts';

export interface PublishedDeal {
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly status: string;
  /** "date status" for each transition, oldest first. */
  readonly statusHistory: readonly string[];
  readonly updated?: string;
  readonly corrections: number;
}

export interface PublishedRecord {
  /** When the record was written, YYYY-MM-DD. */
  readonly recordedOn: string;
  readonly deals: Readonly<Record<string, PublishedDeal>>;
}

type DealFacts = Pick<
  DealRecord,
  'id' | 'file' | 'from' | 'to' | 'status' | 'statusHistory' | 'updated' | 'corrections'
>;

function publishedDeal(deal: DealFacts): PublishedDeal {
  return {
    from: [...deal.from],
    to: [...deal.to],
    status: deal.status,
    statusHistory: deal.statusHistory.map((t) => `${t.date} ${t.status}`),
    ...(deal.updated ? { updated: deal.updated } : {}),
    corrections: deal.corrections.length,
  };
}

export function recordPublished(deals: readonly DealFacts[], recordedOn: string): PublishedRecord {
  return { recordedOn, deals: Object.fromEntries(deals.map((deal) => [deal.id, publishedDeal(deal)])) };
}

export interface UnannouncedChange {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Published deals whose parties, dates or status changed, or which vanished, without an update or a correction. */
export function unannouncedChanges(record: PublishedRecord, deals: readonly DealFacts[]): UnannouncedChange[] {
  const problems: UnannouncedChange[] = [];
  const byId = new Map(deals.map((deal) => [deal.id, deal]));
  for (const [id, published] of Object.entries(record.deals)) {
    const deal = byId.get(id);
    if (!deal) {
      problems.push({
        file: `content/deals/${id}.yaml`,
        field: '(file)',
        message: 'a published deal was removed: keep the page (mark it ended) or explain the removal on /corrections/',
      });
      continue;
    }
    const now = publishedDeal(deal);
    const changed = [
      !same(now.from, published.from) && 'from',
      !same(now.to, published.to) && 'to',
      now.status !== published.status && 'status',
      !same(now.statusHistory, published.statusHistory) && 'statusHistory',
    ].filter((field): field is string => field !== false);
    if (changed.length === 0) continue;
    const announced = (now.updated ?? '') > (published.updated ?? '') || now.corrections > published.corrections;
    if (announced) continue;
    for (const field of changed) {
      problems.push({
        file: deal.file,
        field,
        message: `changed since it was published (${record.recordedOn}): add \`updated: YYYY-MM-DD\` for a new development or a \`corrections\` entry for a fix, then run \`npm run record\``,
      });
    }
  }
  return problems;
}
