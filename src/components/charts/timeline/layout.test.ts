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
import { expectGolden } from '../../../../tests/golden/expect-golden.ts';

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

  it('gives the same layout for the same data, run after run', () => {
    expect(layoutTimeline(DEALS, EVENTS, { today: '2026-11-28', width: 960 })).toEqual(layout);
  });

  it('matches the golden SVG', () => {
    expectGolden('timeline', renderForGolden(layoutTimeline(DEALS, EVENTS, { today: '2026-11-28', from: '2024-06' })));
  });
});

describe('timeTicks', () => {
  const labels = (ticks: readonly { label: string | undefined }[]) =>
    ticks.flatMap((t) => (t.label === undefined ? [] : [t.label]));

  it('labels years without collisions on a wide span', () => {
    const ticks = timeTicks([utc('2001-01-01'), utc('2026-12-31')], [0, 360]);
    const labelled = ticks.filter((t) => t.label !== undefined);
    expect(labelled.length).toBeGreaterThan(3);
    labelled.slice(1).forEach((tick, i) => {
      expect(tick.x - (labelled[i]?.x ?? 0)).toBeGreaterThanOrEqual(44);
    });
    expect(labels(ticks).every((label) => /^\d{4}$/.test(label))).toBe(true);
  });

  it('names months in words and adds the year only where it changes', () => {
    const ticks = timeTicks([utc('2025-01-01'), utc('2026-03-01')], [0, 1400]);
    expect(labels(ticks).slice(0, 4)).toEqual(['2025', 'Feb', 'Mar', 'Apr']);
    expect(labels(ticks)).toContain('2026');
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2025', '2026']);
  });

  it('gives a first label that falls mid-year its year', () => {
    expect(labels(timeTicks([utc('2025-02-15'), utc('2025-12-31')], [0, 960]))[0]).toBe('Mar 2025');
  });

  it('steps months by 2, 3 or 6 when single months do not fit', () => {
    const ticks = timeTicks([utc('2024-01-01'), utc('2026-12-31')], [0, 700]);
    const months = ticks.map((t) => new Date(t.t).getUTCMonth());
    expect(months.every((m) => m % 3 === 0)).toBe(true);
    expect(new Set(months).size).toBeGreaterThan(1);
  });

  it('writes labels in the page language', () => {
    expect(labels(timeTicks([utc('2025-01-01'), utc('2025-06-30')], [0, 960], 'fr')).slice(0, 3)).toEqual([
      '2025',
      'févr.',
      'mars',
    ]);
    expect(labels(timeTicks([utc('2025-01-01'), utc('2025-06-30')], [0, 960], 'es')).slice(0, 3)).toEqual([
      '2025',
      'feb',
      'mar',
    ]);
  });

  it('never lets two labels touch', () => {
    for (const width of [320, 480, 720, 960, 1400])
      for (const [from, to] of [
        ['2001-01-01', '2026-12-31'],
        ['2024-03-10', '2026-11-29'],
        ['2025-05-01', '2025-08-01'],
      ] as const) {
        const ticks = timeTicks([utc(from), utc(to)], [16, width - 16]).filter((t) => t.label !== undefined);
        const boxes = ticks.map((t) => {
          const w = (t.label?.length ?? 0) * 7 + 8;
          const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
          return [left, left + w] as const;
        });
        boxes.slice(1).forEach(([left], i) => {
          expect(left, `${from}–${to} at ${String(width)} px`).toBeGreaterThanOrEqual(boxes[i]?.[1] ?? 0);
        });
      }
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

/** A readable SVG of the layout records (not the component), for eyeballing changes to the geometry. */
function renderForGolden(layout: ReturnType<typeof layoutTimeline>): string {
  const glyphs = new Map(EVENT_TYPES.map((type) => [type, eventGlyph(type)]));
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(layout.width)} ${String(layout.height)}">`,
    ...layout.ticks.map(
      (t) =>
        `<line x1="${String(t.x)}" x2="${String(t.x)}" y2="${String(layout.axisY)}" stroke="${t.major ? '#999' : '#ddd'}"/>` +
        (t.label === undefined
          ? ''
          : `<text x="${String(t.x)}" y="${String(layout.axisY + 16)}" text-anchor="${t.anchor}" font-size="12">${t.label}</text>`),
    ),
    ...layout.lanes.map(
      (l) =>
        `<text x="${String(l.labelX)}" y="${String(l.labelY)}" text-anchor="${l.labelAnchor}" font-size="12">${l.deal}</text>`,
    ),
    ...layout.bands.map(
      (b) =>
        `<rect data-status="${b.status}" x="${String(b.x0)}" y="${String(b.y)}" width="${String(Math.round((b.x1 - b.x0) * 10) / 10)}" height="${String(b.height)}" fill="#888"/>`,
    ),
    ...layout.marks
      .filter((m) => !m.outside)
      .map(
        (m) =>
          (m.precision === 'day'
            ? ''
            : `<line x1="${String(m.x0)}" x2="${String(m.x1)}" y1="${String(m.y)}" y2="${String(m.y)}" stroke="#000"/>`) +
          `<path transform="translate(${String(m.x)},${String(m.y)})" d="${glyphs.get(m.type)?.d ?? ''}"/>`,
      ),
    ...(layout.todayX === undefined
      ? []
      : [
          `<line x1="${String(layout.todayX)}" x2="${String(layout.todayX)}" y2="${String(layout.axisY)}" stroke="red"/>`,
        ]),
    '</svg>',
  ];
  return lines.join('\n') + '\n';
}
