import { describe, expect, it } from 'vitest';
import { recordPublished, unannouncedChanges } from './published.ts';

type Deal = Parameters<typeof recordPublished>[0][number];
const deal: Deal = {
  id: 'uk-rwanda',
  file: 'content/deals/uk-rwanda.yaml',
  from: ['GBR'],
  to: ['RWA'],
  status: 'agreed',
  statusHistory: [{ date: '2022-04-14', status: 'agreed', sources: ['s'] }],
  corrections: [],
};
const record = recordPublished([deal], '2026-11-28');

describe('unannouncedChanges', () => {
  it('accepts deals unchanged since the record', () => {
    expect(unannouncedChanges(record, [deal])).toEqual([]);
  });

  it('flags a changed date, party or status, naming the file and field', () => {
    const moved = { ...deal, statusHistory: [{ date: '2022-04-13', status: 'agreed' as const, sources: ['s'] }] };
    expect(unannouncedChanges(record, [moved])).toEqual([
      expect.objectContaining({ file: 'content/deals/uk-rwanda.yaml', field: 'statusHistory' }),
    ]);
    const fields = unannouncedChanges(record, [{ ...deal, to: ['UGA'], status: 'ended' }]).map((p) => p.field);
    expect(fields).toEqual(['to', 'status']);
  });

  it('accepts a change announced by a newer updated date or a new correction', () => {
    const ended = {
      ...deal,
      status: 'ended' as const,
      statusHistory: [...deal.statusHistory, { date: '2024-07', status: 'ended' as const, sources: ['s'] }],
    };
    expect(unannouncedChanges(record, [{ ...ended, updated: '2026-12-01' }])).toEqual([]);
    expect(
      unannouncedChanges(record, [
        { ...deal, to: ['UGA'], corrections: [{ date: '2026-12-01', text: 'Wrong party.' }] },
      ]),
    ).toEqual([]);
  });

  it('flags a published deal that was removed', () => {
    expect(unannouncedChanges(record, [])).toEqual([expect.objectContaining({ field: '(file)' })]);
  });

  it('ignores changes outside parties, dates and status, and new deals', () => {
    const retitled = { ...deal, title: 'New title' } as Deal;
    expect(unannouncedChanges(record, [retitled, { ...deal, id: 'new-deal' }])).toEqual([]);
  });
});
