import { describe, expect, it } from 'vitest';
import {
  BAND_THICKNESS,
  eventGlyph,
  layoutTimeline,
  timeScale,
  timeTicks,
  LANE_HEIGHT,
  type TimelineDeal,
  type TimelineEvent,
} from './layout.ts';
import { EVENT_TYPES } from '../../../schemas/event.ts';

const DEALS: TimelineDeal[] = [
  {
    id: 'late',
    statusHistory: [
      { date: '2025-05', status: 'talks' },
      { date: '2025-06-14', status: 'agreed' },
    ],
  },
  {
    id: 'early',
    statusHistory: [
      { date: '2022', status: 'agreed' },
      { date: '2024-07-06', status: 'ended' },
    ],
  },
];
const EVENTS: TimelineEvent[] = [
  { id: 'a', date: '2025-05-04', type: 'talks', deals: ['late'] },
  { id: 'b', date: '2025-06', type: 'agreement-signed', deals: ['late'] },
  { id: 'c', date: '2022', type: 'agreement-signed', deals: ['early'] },
  { id: 'both', date: '2024-07-06', type: 'ended', deals: ['early', 'late'] },
  { id: 'other-deal', date: '2023', type: 'other', deals: ['not-shown'] },
];
const layout = layoutTimeline(DEALS, EVENTS, { today: '2026-11-28', width: 960 });
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('timeScale', () => {
  it('maps the domain linearly onto the range', () => {
    const x = timeScale([0, 100], [10, 210]);
    expect(x(0)).toBe(10);
    expect(x(50)).toBe(110);
    expect(x(100)).toBe(210);
  });
});

describe('layoutTimeline', () => {
  it('gives one lane per deal, ordered by the first dated fact', () => {
    expect(layout.lanes.map((l) => l.deal)).toEqual(['early', 'late']);
    expect(layout.lanes[1]?.y).toBe((layout.lanes[0]?.y ?? 0) + LANE_HEIGHT);
  });

  it('spans the data from its earliest fact to today', () => {
    expect(layout.domain[0]).toBe(utc('2022-01-01'));
    expect(layout.domain[1]).toBe(utc('2026-11-29'));
    expect(layout.extent).toEqual(layout.domain);
  });

  it('draws status bands between transitions, the last one running to today', () => {
    const late = layout.bands.filter((b) => b.deal === 'late');
    expect(late.map((b) => b.status)).toEqual(['talks', 'agreed']);
    expect(late[0]?.t0).toBe(utc('2025-05-01'));
    expect(late[0]?.t1).toBe(utc('2025-06-14'));
    expect(late[1]?.t1).toBe(utc('2026-11-29'));
    expect(late.map((b) => b.height)).toEqual([BAND_THICKNESS.talks, BAND_THICKNESS.agreed]);
  });

  it('places marks at the middle of their period and keeps the period for month and year dates', () => {
    const x = timeScale(layout.domain, layout.range);
    const month = layout.marks.find((m) => m.event === 'b');
    expect(month?.precision).toBe('month');
    expect(month?.x0).toBe(x(utc('2025-06-01')));
    expect(month?.x1).toBe(x(utc('2025-07-01')));
    expect(month?.x).toBeCloseTo((x(utc('2025-06-01')) + x(utc('2025-07-01'))) / 2, 0);
    const year = layout.marks.find((m) => m.event === 'c');
    expect(year?.precision).toBe('year');
    expect((year?.x1 ?? 0) - (year?.x0 ?? 0)).toBeGreaterThan(150);
    const day = layout.marks.find((m) => m.event === 'a');
    expect(day?.precision).toBe('day');
  });

  it('draws an event once in every lane it concerns, and skips events of other deals', () => {
    expect(
      layout.marks
        .filter((m) => m.event === 'both')
        .map((m) => m.deal)
        .sort(),
    ).toEqual(['early', 'late']);
    expect(layout.marks.some((m) => m.event === 'other-deal')).toBe(false);
  });

  it('keeps everything inside the width and the lanes inside the height', () => {
    for (const mark of layout.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(layout.range[0]);
      expect(mark.x).toBeLessThanOrEqual(layout.range[1]);
    }
    for (const band of layout.bands) expect(band.x1).toBeLessThanOrEqual(layout.range[1]);
    expect(layout.axisY).toBeLessThan(layout.height);
  });

  it('honours a window: marks outside it are flagged, bands clamp to it', () => {
    const windowed = layoutTimeline(DEALS, EVENTS, { today: '2026-11-28', from: '2025', to: '2025' });
    expect(windowed.domain).toEqual([utc('2025-01-01'), utc('2026-01-01')]);
    expect(windowed.extent).toEqual([utc('2022-01-01'), utc('2026-11-29')]);
    expect(windowed.marks.find((m) => m.event === 'c')?.outside).toBe(true);
    expect(windowed.marks.find((m) => m.event === 'a')?.outside).toBe(false);
    for (const band of windowed.bands) {
      expect(band.x0).toBeGreaterThanOrEqual(windowed.range[0]);
      expect(band.x1).toBeLessThanOrEqual(windowed.range[1]);
    }
  });

  it('is deterministic', () => {
    expect(layoutTimeline(DEALS, EVENTS, { today: '2026-11-28', width: 960 })).toEqual(layout);
  });
});

describe('timeTicks', () => {
  it('labels years without collisions on a wide span', () => {
    const ticks = timeTicks([utc('2001-01-01'), utc('2026-12-31')], [0, 360]);
    const labelled = ticks.filter((t) => t.label !== undefined);
    expect(labelled.length).toBeGreaterThan(3);
    labelled.slice(1).forEach((tick, i) => {
      expect(tick.x - (labelled[i]?.x ?? 0)).toBeGreaterThanOrEqual(44);
    });
  });

  it('switches to months when a month is wide enough', () => {
    const ticks = timeTicks([utc('2025-01-01'), utc('2025-12-31')], [0, 960]);
    expect(ticks.map((t) => t.label)).toContain('2025-06');
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2025']);
  });

  it('turns labels at either end of the axis inwards, so the SVG does not cut them', () => {
    const ticks = timeTicks([utc('2025-01-01'), utc('2025-12-31')], [16, 944]);
    expect(ticks[0]?.anchor).toBe('start');
    expect(ticks[5]?.anchor).toBe('middle');
    expect(timeTicks([utc('2025-01-15'), utc('2026-01-01')], [16, 944]).at(-1)?.anchor).toBe('end');
  });
});

describe('eventGlyph', () => {
  it('gives every event type a distinct shape', () => {
    const shapes = EVENT_TYPES.map((type) => eventGlyph(type));
    expect(new Set(shapes.map((s) => `${s.d}|${String(s.filled)}`)).size).toBe(EVENT_TYPES.length);
  });
});
