import { describe, expect, it } from 'vitest';
import { allCorrections } from './corrections.ts';
import type { Dataset } from './content/records.ts';

const dataset = {
  stories: [{ slug: 's', title: 'Story', corrections: [{ date: '2026-01-02', text: 'Fixed a date.' }] }],
  deals: [
    { id: 'd', title: 'Deal', corrections: [{ date: '2026-03-04', text: 'Fixed a party.' }] },
    { id: 'e', title: 'Other', corrections: [] },
  ],
} as unknown as Dataset;

describe('allCorrections', () => {
  it('lists story and deal corrections together, newest first, with where they apply', () => {
    expect(allCorrections(dataset)).toEqual([
      {
        date: '2026-03-04',
        text: 'Fixed a party.',
        subject: { kind: 'deal', id: 'd', title: 'Deal', path: '/deals/d/' },
      },
      {
        date: '2026-01-02',
        text: 'Fixed a date.',
        subject: { kind: 'story', id: 's', title: 'Story', path: '/stories/s/' },
      },
    ]);
  });
});
