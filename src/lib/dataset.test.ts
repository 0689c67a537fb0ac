import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from './content/read.ts';
import { validateContent } from './content/validate.ts';
import {
  eventsForDeal,
  findDeal,
  latestDevelopment,
  latestPeopleFigure,
  latestReport,
  sourceIdsForDeal,
  statusOn,
  statusSince,
} from './dataset.ts';
import { materializeFixture } from '../../tests/helpers/fixtures.ts';

const root = materializeFixture();
const dataset = validateContent(readContent(join(root, 'content'), root));
const deal = findDeal(dataset, 'us-rwanda');

describe('statusOn', () => {
  it('is undefined before the first transition', () => {
    expect(statusOn(deal, '2025-04-30')).toBeUndefined();
    expect(statusOn(deal, '2024')).toBeUndefined();
  });
  it('counts a month-precision transition from the start of that month', () => {
    expect(statusOn(deal, '2025-05-01')).toBe('talks');
    expect(statusOn(deal, '2025-06-13')).toBe('talks');
  });
  it('changes on the day of a day-precision transition', () => {
    expect(statusOn(deal, '2025-06-14')).toBe('agreed');
    expect(statusOn(deal, '2026')).toBe('agreed');
  });
  it('for a coarse query date, returns the status at the end of that period', () => {
    expect(statusOn(deal, '2025-06')).toBe('agreed');
  });
});

describe('queries', () => {
  it('finds events and all sources of a deal without repeats', () => {
    expect(eventsForDeal(dataset, 'us-rwanda').map((e) => e.id)).toEqual(['fixture-talks', 'fixture-signed']);
    expect(sourceIdsForDeal(dataset, deal)).toEqual(['fixture-one', 'fixture-two']);
  });
  it('picks the latest people figure', () => {
    expect(latestPeopleFigure(deal)?.value).toBe(7);
  });
  it('dates the newest report cited, overall and for some sources, at its precision', () => {
    // fixture-one is dated 2025-05-05, fixture-two 2025-08: the month is later than the day in May.
    expect(latestReport(dataset)).toBe('2025-08');
    expect(latestReport(dataset, ['fixture-one'])).toBe('2025-05-05');
    expect(latestReport(dataset, [])).toBeUndefined();
  });
  it('dates a deal’s latest development from its events and status changes', () => {
    const dates = [...deal.statusHistory.map((t) => t.date), ...eventsForDeal(dataset, deal.id).map((e) => e.date)];
    expect(dates).toContain(latestDevelopment(dataset, deal));
    expect(latestDevelopment(dataset, deal)).toBe('2025-06-14');
  });
  it('throws on an unknown deal id', () => {
    expect(() => findDeal(dataset, 'nope')).toThrow(/Unknown deal "nope"/);
  });
});

describe('statusSince', () => {
  it('is the date of the transition into the current status', () => {
    expect(statusSince(deal)).toBe('2025-06-14');
  });
  it('skips back over repeated transitions with the same status', () => {
    const repeated = {
      ...deal,
      status: 'ended' as const,
      statusHistory: [
        { date: '2022', status: 'agreed' as const, sources: ['s'] },
        { date: '2024-07-06', status: 'ended' as const, sources: ['s'] },
        { date: '2026-03-16', status: 'ended' as const, sources: ['s'] },
      ],
    };
    expect(statusSince(repeated)).toBe('2024-07-06');
  });
});
