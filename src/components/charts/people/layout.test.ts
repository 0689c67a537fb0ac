import { describe, expect, it } from 'vitest';
import {
  ARROW,
  GLYPH_R,
  PLOT,
  labelWidth,
  layoutPeople,
  layoutPeopleSteps,
  peopleScale,
  wrapText,
  type PeopleDeal,
  type PeopleLayout,
  type StepFigure,
  type StepLayout,
} from './layout.ts';
import { QUALIFIERS, qualifierGlyph } from './glyphs.ts';
import { statusGlyph } from '../../../lib/geo/glyphs.ts';
import { expectGolden } from '../../../../tests/golden/expect-golden.ts';

const deal = (
  id: string,
  title: string,
  figure: PeopleDeal['figure'],
  status: PeopleDeal['status'] = 'active',
): PeopleDeal => ({
  id,
  title,
  status,
  figure,
  label: figure
    ? `${figure.qualifier === 'at-least' ? 'at least ' : figure.qualifier === 'about' ? 'about ' : figure.qualifier === 'up-to' ? 'up to ' : ''}${figure.value.toLocaleString('en')}`
    : 'not known',
});

const DEALS: PeopleDeal[] = [
  deal('small', 'United Kingdom – Rwanda asylum partnership', { value: 4, qualifier: 'exact', asOf: '2024-07-22' }),
  deal('unknown-b', 'Denmark – Rwanda asylum transfer plan', undefined, 'ended'),
  deal(
    'huge',
    'United States – Mexico: non-Mexican deportees',
    { value: 11886, qualifier: 'at-least', asOf: '2025-12-10' },
    'active',
  ),
  deal('mid', 'Italy – Albania migration protocol', { value: 132, qualifier: 'about', asOf: '2025-10' }, 'suspended'),
  deal('one', 'United States – Kosovo deportation arrangement', {
    value: 1,
    qualifier: 'at-least',
    asOf: '2025-12-12',
  }),
  deal('unknown-a', 'United States – Liberia: the Abrego Garcia offer', undefined, 'talks'),
  deal('zero', 'A deal under which nobody has been sent yet', { value: 0, qualifier: 'exact', asOf: '2025' }, 'agreed'),
  deal(
    'cap',
    'United States – Equatorial Guinea deportation arrangement',
    { value: 300, qualifier: 'up-to', asOf: '2026-01' },
    'agreed',
  ),
  deal(
    'tie',
    'Australia – Cambodia refugee resettlement (2014)',
    { value: 4, qualifier: 'exact', asOf: '2018' },
    'ended',
  ),
];

const layout = layoutPeople(DEALS);

describe('wrapText', () => {
  it('breaks at spaces within the width and keeps every word', () => {
    const lines = wrapText('United States – Equatorial Guinea deportation arrangement', 30);
    expect(lines).toEqual(['United States – Equatorial', 'Guinea deportation arrangement']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
    expect(wrapText('short', 30)).toEqual(['short']);
  });
});

describe('peopleScale', () => {
  it('is logarithmic: ticks at each power of ten the data reaches, evenly spaced', () => {
    const { x, ticks, zeroX } = peopleScale(11886);
    expect(ticks.map((t) => t.value)).toEqual([1, 10, 100, 1000, 10000]);
    expect(x(1)).toBe(PLOT[0]);
    expect(x(11886)).toBe(PLOT[1]);
    expect(zeroX).toBeUndefined();
    const gaps = ticks.slice(1).map((t, i) => t.x - (ticks[i]?.x ?? 0));
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0] ?? 0, 3);
  });

  it('gives 0 a column of its own, apart from the log scale, only when a count is 0', () => {
    const { x, ticks, zeroX } = peopleScale(500, true);
    expect(ticks.map((t) => t.value)).toEqual([0, 1, 10, 100]);
    expect(zeroX).toBe(PLOT[0]);
    expect(x(0)).toBe(PLOT[0]);
    expect(x(1)).toBeGreaterThan(PLOT[0] + 0.05);
  });

  it('reaches 10 at least, so a chart of small counts still has a scale', () => {
    expect(peopleScale(3).ticks.map((t) => t.value)).toEqual([1, 10]);
  });
});

describe('layoutPeople', () => {
  it('sorts deals with a count from the largest down, ties by title', () => {
    expect(layout.rows.map((r) => r.deal)).toEqual(['huge', 'cap', 'mid', 'tie', 'small', 'one', 'zero']);
    const xs = layout.rows.map((r) => r.x);
    expect([...xs].sort((a, b) => b - a)).toEqual(xs);
  });

  it('keeps deals without a count apart, by title, and never plots them as zero', () => {
    expect(layout.unknown).toEqual(['unknown-b', 'unknown-a']);
    expect(layout.rows.some((r) => r.deal.startsWith('unknown'))).toBe(false);
    // A published count of zero is a count: it is plotted, at the start of the scale.
    expect(layout.rows.find((r) => r.deal === 'zero')?.x).toBe(PLOT[0]);
  });

  it('carries each qualifier, status and date to its row', () => {
    const huge = layout.rows.find((r) => r.deal === 'huge');
    expect(huge).toMatchObject({ qualifier: 'at-least', status: 'active', asOf: '2025-12-10', value: 11886 });
    expect(layout.rows.find((r) => r.deal === 'mid')?.qualifier).toBe('about');
    expect(layout.rows.find((r) => r.deal === 'cap')?.qualifier).toBe('up-to');
  });

  it('clears a qualifier arrow before printing the label on that side', () => {
    const huge = layout.rows.find((r) => r.deal === 'huge');
    expect(huge?.labelSide).toBe('end');
    expect(huge?.labelOffset).toBe(GLYPH_R + 5);
    const small = layout.rows.find((r) => r.deal === 'one');
    expect(small?.labelSide).toBe('start');
    expect(small?.labelOffset).toBe(GLYPH_R + 5 + ARROW);
  });

  it('caps the rows at `limit`, counting the rest, while unknown deals stay listed', () => {
    const top = layoutPeople(DEALS, { limit: 3 });
    expect(top.rows.map((r) => r.deal)).toEqual(['huge', 'cap', 'mid']);
    expect(top.hidden).toBe(4);
    expect(top.unknown).toEqual(layout.unknown);
    // The scale reaches the largest count of all; 0 gets a column only when a drawn row is 0.
    expect(top.domainMax).toBe(layout.domainMax);
    expect(layout.zeroX).toBe(PLOT[0]);
    expect(top.zeroX).toBeUndefined();
    expect(top.ticks.map((t) => t.value)).toEqual([1, 10, 100, 1000, 10000]);
  });

  it('fits a 360 px phone: titles wrap, labels stay inside the chart and off the glyphs', () => {
    for (const width of [288, 328]) {
      const narrow = layoutPeople(DEALS, { minWidth: width });
      for (const row of narrow.rows) {
        for (const line of row.titleLines)
          expect(line.length * 8, `${row.deal} at ${String(width)}`).toBeLessThanOrEqual(width);
        const dot = row.x * width;
        const w = labelWidth(row.label);
        const [left, right] =
          row.labelSide === 'start'
            ? [dot + row.labelOffset, dot + row.labelOffset + w]
            : [dot - row.labelOffset - w, dot - row.labelOffset];
        expect(left, `${row.deal} label at ${String(width)} px`).toBeGreaterThanOrEqual(0);
        expect(right, `${row.deal} label at ${String(width)} px`).toBeLessThanOrEqual(width);
        expect(row.labelOffset).toBeGreaterThan(GLYPH_R);
      }
      // Rows do not overlap, and the dot sits below its title.
      narrow.rows.slice(1).forEach((row, i) => {
        const previous = narrow.rows[i];
        expect(row.top).toBeGreaterThanOrEqual((previous?.top ?? 0) + (previous?.height ?? 0));
      });
      for (const row of narrow.rows)
        expect(row.y - GLYPH_R).toBeGreaterThan(row.titleY + (row.titleLines.length - 1) * 16);
    }
    expect(layoutPeople(DEALS, { minWidth: 288 }).rows.find((r) => r.deal === 'cap')?.titleLines).toHaveLength(2);
  });

  it('stays within its height with 100 deals and a limit of 15', () => {
    const many = Array.from({ length: 100 }, (_, i) =>
      deal(
        `d${String(i).padStart(3, '0')}`,
        `Deal number ${String(i)}`,
        i % 3 ? { value: i * 37 + 1, qualifier: 'exact', asOf: '2025' } : undefined,
      ),
    );
    const capped = layoutPeople(many, { limit: 15 });
    expect(capped.rows).toHaveLength(15);
    expect(capped.hidden).toBe(66 - 15);
    expect(capped.unknown).toHaveLength(34);
    const last = capped.rows.at(-1);
    expect((last?.top ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual(capped.height);
  });

  it('is deterministic, whatever the input order', () => {
    expect(layoutPeople([...DEALS].reverse())).toEqual(layout);
  });

  it('matches the golden SVG', () => {
    expectGolden('people', renderForGolden(layoutPeople(DEALS, { minWidth: 288 }), 360));
  });
});

const FIGURES: StepFigure[] = [
  { value: 42, qualifier: 'at-least', asOf: '2025-10-13', href: '#people-figure-1', label: 'at least 42' },
  { value: 19, qualifier: 'exact', asOf: '2025-11-05', href: '#people-figure-2', label: '19' },
  { value: 14, qualifier: 'about', asOf: '2025-09', href: '#people-figure-3', label: 'about 14' },
];

describe('layoutPeopleSteps', () => {
  const steps = layoutPeopleSteps(FIGURES, { today: '2026-11-28' });

  it('orders the counts by date, keeping each link', () => {
    expect(steps.points.map((p) => p.href)).toEqual(['#people-figure-3', '#people-figure-1', '#people-figure-2']);
    const xs = steps.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('holds each count until the next, then runs the last one on to today, dashed', () => {
    const flat = steps.segments.filter((s) => s.y1 === s.y2);
    expect(flat).toHaveLength(3);
    expect(flat.map((s) => s.open)).toEqual([false, false, true]);
    expect(flat[0]?.x2).toBe(steps.points[1]?.x);
    expect(flat.at(-1)?.x2).toBeCloseTo(0.97, 2);
    const rises = steps.segments.filter((s) => s.x1 === s.x2);
    expect(rises).toHaveLength(2);
    expect(rises[0]).toMatchObject({ y1: steps.points[0]?.y, y2: steps.points[1]?.y });
  });

  it('puts larger counts higher, from a zero baseline, with ticks', () => {
    const [first, second, third] = steps.points;
    expect(second?.y).toBeLessThan(third?.y ?? 0);
    expect(third?.y).toBeLessThan(first?.y ?? 0);
    expect(steps.valueTicks[0]).toEqual({ value: 0, y: steps.baseline });
    expect(steps.valueTicks.at(-1)?.value).toBeGreaterThanOrEqual(42);
  });

  it('keeps qualifiers and the precision of dates', () => {
    expect(steps.points.map((p) => p.qualifier)).toEqual(['about', 'at-least', 'exact']);
    const month = steps.points[0];
    expect(month?.precision).toBe('month');
    expect((month?.x1 ?? 0) - (month?.x0 ?? 0)).toBeGreaterThan(0);
  });

  it('labels the latest count, and others only where they do not touch it at 288 px', () => {
    expect(steps.points.at(-1)?.labelled).toBe(true);
    const crowded = layoutPeopleSteps(
      [
        { value: 238, qualifier: 'exact', asOf: '2025-03-16', href: '#a', label: '238' },
        { value: 137, qualifier: 'exact', asOf: '2025-03-16', href: '#b', label: '137' },
        { value: 17, qualifier: 'exact', asOf: '2025-03-30', href: '#c', label: '17' },
        { value: 10, qualifier: 'exact', asOf: '2025-04-12', href: '#d', label: '10' },
        { value: 252, qualifier: 'at-least', asOf: '2025-07-18', href: '#e', label: 'at least 252' },
      ],
      { today: '2026-11-28' },
    );
    expect(crowded.points.filter((p) => p.labelled).length).toBeLessThan(5);
    expect(crowded.points.at(-1)?.labelled).toBe(true);
    // Two counts on one day: both drawn, joined by a vertical step.
    expect(crowded.points[0]?.x).toBe(crowded.points[1]?.x);
  });

  it('refuses fewer than two figures: a single count is text, never an empty chart', () => {
    expect(() => layoutPeopleSteps(FIGURES.slice(0, 1), { today: '2026-11-28' })).toThrow(/two figures/);
  });

  it('matches the golden SVG', () => {
    expectGolden('people-steps', renderStepsForGolden(steps, 360));
  });
});

describe('qualifierGlyph', () => {
  it('draws every qualifier but exact, each differently, along either axis', () => {
    for (const axis of ['x', 'y'] as const) {
      const shapes = QUALIFIERS.map((q) => qualifierGlyph(q, axis));
      expect(shapes[0]).toBe('');
      expect(new Set(shapes).size).toBe(QUALIFIERS.length);
    }
    expect(qualifierGlyph('at-least', 'x')).toMatch(/^M7,0L17\.5,0/);
    expect(qualifierGlyph('at-least', 'y')).toMatch(/^M0,-7L0,-17\.5/);
  });
});

/** A readable SVG of the layout records at a given width, for eyeballing changes to the geometry. */
function renderForGolden(people: PeopleLayout, width: number): string {
  const px = (x: number) => String(Math.round(x * width * 10) / 10);
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(width)} ${String(people.height)}" font-family="sans-serif">`,
    ...people.ticks.map(
      (t) =>
        `<line x1="${px(t.x)}" x2="${px(t.x)}" y1="${String(people.axisY + 5)}" y2="${String(people.height)}" stroke="#ddd"/>` +
        `<text x="${px(t.x)}" y="${String(people.axisY)}" text-anchor="middle" font-size="12">${String(t.value)}</text>`,
    ),
    ...people.rows.map((r) => {
      const glyph = statusGlyph(r.status, [0, 0], GLYPH_R / 4.5);
      const q = qualifierGlyph(r.qualifier, 'x');
      return [
        `<g data-deal="${r.deal}">`,
        `<text y="${String(r.titleY)}" font-size="13">${r.titleLines.map((l, i) => `<tspan x="0" dy="${i ? '16' : '0'}">${l}</tspan>`).join('')}</text>`,
        `<line x1="${px(PLOT[0])}" x2="${px(PLOT[1])}" y1="${String(r.y)}" y2="${String(r.y)}" stroke="#ccc" stroke-dasharray="1 3"/>`,
        q ? `<path transform="translate(${px(r.x)},${String(r.y)})" d="${q}" fill="none" stroke="#000"/>` : '',
        `<path transform="translate(${px(r.x)},${String(r.y)})" d="${glyph.d}" fill="${glyph.filled ? '#888' : 'none'}" stroke="#444"/>`,
        `<text x="${px(r.x)}" dx="${String(r.labelSide === 'start' ? r.labelOffset : -r.labelOffset)}" y="${String(r.y + 4)}" text-anchor="${r.labelSide}" font-size="12">${r.label}</text>`,
        '</g>',
      ].join('');
    }),
    '</svg>',
  ];
  return lines.join('\n') + '\n';
}

function renderStepsForGolden(steps: StepLayout, width: number): string {
  const px = (x: number) => String(Math.round(x * width * 10) / 10);
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(width)} ${String(steps.height)}" font-family="sans-serif">`,
    ...steps.valueTicks.map(
      (t) =>
        `<line x2="${String(width)}" y1="${String(t.y)}" y2="${String(t.y)}" stroke="#ddd"/><text y="${String(t.y - 4)}" font-size="12">${String(t.value)}</text>`,
    ),
    ...steps.timeTicks
      .filter((t) => t.label !== undefined)
      .map(
        (t) =>
          `<text x="${px(t.x)}" y="${String(steps.baseline + 18)}" text-anchor="${t.anchor}" font-size="12">${t.label ?? ''}</text>`,
      ),
    ...steps.segments.map(
      (s) =>
        `<line x1="${px(s.x1)}" x2="${px(s.x2)}" y1="${String(s.y1)}" y2="${String(s.y2)}" stroke="#000"${s.open ? ' stroke-dasharray="4 4"' : ''}/>`,
    ),
    ...steps.points.map((p) => {
      const q = qualifierGlyph(p.qualifier, 'y');
      return (
        (p.precision === 'day'
          ? ''
          : `<line x1="${px(p.x0)}" x2="${px(p.x1)}" y1="${String(p.y)}" y2="${String(p.y)}" stroke="#000" stroke-opacity="0.25" stroke-width="6"/>`) +
        (q ? `<path transform="translate(${px(p.x)},${String(p.y)})" d="${q}" fill="none" stroke="#000"/>` : '') +
        `<circle cx="${px(p.x)}" cy="${String(p.y)}" r="4.5"/>` +
        (p.labelled
          ? `<text x="${px(p.x)}" y="${String(p.y - 12)}" text-anchor="${p.labelAnchor}" font-size="12">${p.label}</text>`
          : '')
      );
    }),
    '</svg>',
  ];
  return lines.join('\n') + '\n';
}
