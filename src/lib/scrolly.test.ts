import { describe, expect, it } from 'vitest';
import { stepPatch } from './scrolly.ts';
import { serializeViewState, type ViewState } from './view-state.ts';

/** The state a patch leaves when applied to an empty one (updateViewState drops undefined keys the same way). */
const applied = (patch: Record<string, string | undefined>): ViewState =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));

describe('stepPatch', () => {
  it('turns a step into the URL state it shows, clearing what it does not name', () => {
    const patch = stepPatch({ deal: 'us-rwanda', asof: '2025-08-28', region: 'africa' });
    expect(patch).toEqual({
      deal: 'us-rwanda',
      event: undefined,
      from: undefined,
      to: undefined,
      asOf: '2025-08-28',
      region: 'africa',
    });
    expect(serializeViewState(applied(patch))).toBe('?deal=us-rwanda&asof=2025-08-28&region=africa');
  });

  it('keeps partial dates and the timeline window as written', () => {
    expect(serializeViewState(applied(stepPatch({ event: 'e-1', from: '2022', to: '2024-07' })))).toBe(
      '?event=e-1&from=2022&to=2024-07',
    );
  });
});
