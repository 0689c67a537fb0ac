import { describe, expect, it } from 'vitest';
import { layoutOverview, type OverviewDeal } from './overview.ts';

const deal = (id: string, from: string, history: [string, OverviewDeal['statusHistory'][number]['status']][]) => ({
  id,
  from: [from],
  statusHistory: history.map(([date, status]) => ({ date, status })),
});

const DEALS: OverviewDeal[] = [
  deal('us-a', 'USA', [
    ['2025-05', 'talks'],
    ['2025-08-28', 'active'],
  ]),
  deal('us-b', 'USA', [['2025-09', 'agreed']]),
  deal('us-c', 'USA', [
    ['2019', 'agreed'],
    ['2021-02', 'ended'],
  ]),
  deal('uk-a', 'GBR', [
    ['2022-04-14', 'agreed'],
    ['2024-07', 'ended'],
  ]),
];
const options = { from: '2022', today: '2026-11-30' } as const;

describe('layoutOverview', () => {
  it('groups deals by sending state, the most recently active group first', () => {
    const layout = layoutOverview(DEALS, options);
    expect(layout.groups.map((g) => g.sender)).toEqual(['USA', 'GBR']);
    expect(layout.groups[0]?.deals).toEqual(['us-b', 'us-a', 'us-c']);
  });

  it('counts each group’s deals by current status', () => {
    const usa = layoutOverview(DEALS, options).groups[0];
    expect(usa?.statusCounts).toEqual([
      { status: 'agreed', count: 1 },
      { status: 'active', count: 1 },
      { status: 'ended', count: 1 },
    ]);
  });

  it('uses event dates for recency when they are later than status changes', () => {
    const layout = layoutOverview(DEALS, { ...options, lastActivity: new Map([['us-c', '2026-03']]) });
    expect(layout.groups[0]?.deals[0]).toBe('us-c');
  });

  it('opens onto at most perGroup deals, pinned deals first', () => {
    const layout = layoutOverview(DEALS, { ...options, perGroup: 2, pinned: ['us-c'] });
    expect(layout.groups[0]?.lanes.map((l) => l.deal)).toEqual(['us-c', 'us-b']);
  });

  it('draws bands inside the window as percentages, clamped at its start', () => {
    const uk = layoutOverview(DEALS, options).groups.find((g) => g.sender === 'GBR');
    const bands = uk?.lanes[0]?.bands ?? [];
    expect(bands.map((b) => b.status)).toEqual(['agreed', 'ended']);
    for (const band of bands) {
      expect(band.x0).toBeGreaterThanOrEqual(0);
      expect(band.x1).toBeLessThanOrEqual(100);
    }
    // us-c ended before the window opened: its strip shows only "ended" from the left edge.
    const usc = layoutOverview(DEALS, options).groups[0]?.lanes.find((l) => l.deal === 'us-c');
    expect(usc?.bands.map((b) => [b.status, b.x0])).toEqual([['ended', 0]]);
  });

  it('stacks one area per status present, topping out at the most deals the group had at once', () => {
    const usa = layoutOverview(DEALS, options).groups[0];
    expect(usa?.areas.map((a) => a.status)).toEqual(['talks', 'agreed', 'active', 'ended']);
    expect(usa?.peak).toBe(3);
    for (const area of usa?.areas ?? []) expect(area.d).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('draws a state with one deal lower than a state with several, on one scale', () => {
    const layout = layoutOverview(DEALS, options);
    const top = (sender: string) =>
      Math.min(
        ...(layout.groups.find((g) => g.sender === sender)?.areas ?? []).flatMap((a) =>
          [...a.d.matchAll(/,(-?[\d.]+)/g)].map((m) => Number(m[1])),
        ),
      );
    // y grows downwards from 0 (the top of the box) to 32 (the baseline).
    expect(top('USA')).toBeCloseTo(0, 0);
    expect(top('GBR')).toBeGreaterThan(top('USA') + 8);
    expect(top('GBR')).toBeLessThan(32 - 3.9);
  });

  it('labels the axis in words for a wide and a narrow column', () => {
    const { ticks } = layoutOverview(DEALS, options);
    const labels = (list: readonly { label: string | undefined }[]) => list.flatMap((t) => t.label ?? []);
    expect(labels(ticks.wide)).toContain('2025');
    expect(labels(ticks.narrow).length).toBeLessThan(labels(ticks.wide).length);
    for (const tick of [...ticks.wide, ...ticks.narrow]) {
      expect(tick.x).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThanOrEqual(100);
    }
  });

  it('stays the same size however many deals a state has', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      deal(`us-${String(i)}`, i % 2 ? 'USA' : 'GBR', [[`20${String(10 + (i % 16))}`, 'active']]),
    );
    const small = layoutOverview(many.slice(0, 40), options);
    const large = layoutOverview(many, options);
    const size = (layout: typeof small) => JSON.stringify(layout.groups.map((g) => ({ ...g, deals: [] }))).length;
    expect(large.groups.every((g) => g.lanes.length === 8)).toBe(true);
    expect(size(large)).toBeLessThan(size(small) * 1.2);
  });
});
