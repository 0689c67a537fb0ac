import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, type ViewState } from './view-state.ts';
import { parseHistory, serializeHistory, statusAt } from './status.ts';

describe('view state in the URL', () => {
  const states: ViewState[] = [
    {},
    { deal: 'us-rwanda' },
    { deal: 'uk-rwanda', event: 'uk-rwanda-2022-06-14-first-flight-grounded', from: '2022', to: '2024-07' },
    { status: ['agreed', 'active'], asOf: '2025-09-01' },
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
