import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, type ViewState } from './view-state.ts';
import { combineHistories, leadingStatus, parseHistory, serializeHistory, statusAt } from './status.ts';
import { REGION_IDS } from './geo/regions.ts';

describe('view state in the URL', () => {
  const states: ViewState[] = [
    {},
    { deal: 'us-rwanda' },
    { deal: 'uk-rwanda', event: 'uk-rwanda-2022-06-14-first-flight-grounded', from: '2022', to: '2024-07' },
    { status: ['agreed', 'active'], asOf: '2025-09-01' },
    { region: 'caribbean' },
    { deal: 'us-kosovo', region: 'balkans' },
    ...REGION_IDS.map((region) => ({ region })),
  ];

  it.each(states)('round-trips %j (parse → serialise → parse)', (state) => {
    const text = serializeViewState(state);
    expect(parseViewState(text)).toEqual(state);
    expect(serializeViewState(parseViewState(text))).toBe(text);
  });

  it('writes keys in a fixed order and statuses in vocabulary order', () => {
    expect(serializeViewState({ asOf: '2025', status: ['ended', 'talks'], deal: 'x' })).toBe(
      '?deal=x&status=talks,ended&asof=2025',
    );
  });

  it('drops malformed values instead of failing', () => {
    expect(parseViewState('?deal=Bad%20Id&from=2025-13&to=soon&status=active,nope&asof=2025-02-30&extra=1')).toEqual({
      status: ['active'],
    });
  });

  it('names a region preset last and drops unknown regions', () => {
    expect(serializeViewState({ region: 'great-lakes', deal: 'x' })).toBe('?deal=x&region=great-lakes');
    expect(parseViewState('?region=atlantis&deal=x')).toEqual({ deal: 'x' });
  });

  it('omits a status filter that lists every status', () => {
    expect(serializeViewState({ status: ['talks', 'agreed', 'active', 'suspended', 'ended'] })).toBe('');
  });
});

describe('statusAt', () => {
  const history = parseHistory('2025-05-04:talks 2025-06:agreed 2025-08-15:active 2026:ended');

  it('follows the transitions, respecting each date precision', () => {
    expect(statusAt(history, '2025-05-03')).toBeUndefined();
    expect(statusAt(history, '2025-05-04')).toBe('talks');
    expect(statusAt(history, '2025-05-31')).toBe('talks');
    expect(statusAt(history, '2025-06-01')).toBe('agreed');
    expect(statusAt(history, '2025-08-14')).toBe('agreed');
    expect(statusAt(history, '2025-08-15')).toBe('active');
    expect(statusAt(history, '2025-12-31')).toBe('active');
    expect(statusAt(history, '2026-01-01')).toBe('ended');
  });

  it('round-trips the compact history form and rejects bad items', () => {
    expect(serializeHistory(history)).toBe('2025-05-04:talks 2025-06:agreed 2025-08-15:active 2026:ended');
    expect(() => parseHistory('2025-13:talks')).toThrow(/Bad status history item/);
    expect(() => parseHistory('2025:finished')).toThrow(/Bad status history item/);
  });
});

describe('pairs of deals', () => {
  it('show the most advanced live status: an ended deal never hides a live one', () => {
    expect(leadingStatus(['ended', 'talks'])).toBe('talks');
    expect(leadingStatus(['suspended', 'active', 'agreed'])).toBe('active');
    expect(leadingStatus(['ended', undefined])).toBe('ended');
    expect(leadingStatus([undefined])).toBeUndefined();
  });

  it('combine histories so that the combined status on any date is the leading status of the deals', () => {
    const histories = [
      parseHistory('2022-04:agreed 2022-06-14:suspended 2024-07:ended'),
      parseHistory('2023:talks 2024-03-15:agreed'),
      parseHistory('2025-05-04:talks 2025-06:agreed 2025-08-15:active'),
    ];
    const combined = combineHistories(histories);
    for (let day = Date.UTC(2021, 11, 1); day < Date.UTC(2026, 1, 1); day += 86_400_000 * 3) {
      const date = new Date(day).toISOString().slice(0, 10);
      expect(statusAt(combined, date), date).toBe(leadingStatus(histories.map((h) => statusAt(h, date))));
    }
    for (const date of ['2022', '2023-02', '2024', '2024-07', '2025-08']) {
      expect(statusAt(combined, date), date).toBe(leadingStatus(histories.map((h) => statusAt(h, date))));
    }
  });
});
