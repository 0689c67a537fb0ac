import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basemapPaths, layoutMap, worldFrame, FRAME_WIDTH, type MapDeal } from './layout.ts';
import { statusGlyph } from './glyphs.ts';

const deal = (id: string, from: string[], to: string[], status: MapDeal['status'] = 'active'): MapDeal => ({
  id,
  from,
  to,
  status,
  confidence: 'confirmed-both',
  kind: 'third-country-deportation',
});

const FIXTURE: MapDeal[] = [
  deal('us-rwanda', ['USA'], ['RWA']),
  deal('uk-rwanda', ['GBR'], ['RWA'], 'ended'),
  deal('us-rwanda-again', ['USA'], ['RWA'], 'talks'),
  deal('australia-nauru', ['AUS'], ['NRU']),
  deal('israel-rwanda-uganda', ['ISR'], ['RWA', 'UGA'], 'suspended'),
  deal('us-kosovo', ['USA'], ['XKX'], 'agreed'),
];

const names: Record<string, string> = {
  RWA: 'Rwanda',
  UGA: 'Uganda',
  NRU: 'Nauru',
  XKX: 'Kosovo',
  USA: 'United States',
  GBR: 'United Kingdom',
  AUS: 'Australia',
  ISR: 'Israel',
};
const label = (code: string) => names[code] ?? code;

/** Every x,y pair in a path made of absolute M/L/Q commands. */
const coordinates = (d: string) =>
  [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('world frame', () => {
  it('fits the projection to the frame width and crops below Tierra del Fuego', () => {
    const { projection, width, height } = worldFrame();
    expect(width).toBe(FRAME_WIDTH);
    const west = projection([-180, 0]);
    const east = projection([180, 0]);
    expect(west?.[0]).toBeCloseTo(0, 0);
    expect(east?.[0]).toBeCloseTo(FRAME_WIDTH, 0);
    const capeHorn = projection([-67.3, -55.98]);
    expect(capeHorn?.[1]).toBeLessThan(height);
  });

  it('draws the basemap in relative commands without Antarctica', () => {
    const { countries, sphere, graticule } = basemapPaths();
    expect(countries.length).toBeGreaterThan(170);
    expect(countries.map((c) => c.code)).not.toContain('ATA');
    expect(countries.map((c) => c.code)).toContain('XKX');
    for (const { d } of countries) {
      expect(d).toMatch(/^m/);
      expect(d).not.toMatch(/[MLQ]/);
    }
    expect(sphere.length).toBeGreaterThan(10);
    expect(graticule.length).toBeGreaterThan(10);
  });
});

describe('layoutMap', () => {
  const layout = layoutMap(FIXTURE, { label });

  it('gives every sender–receiver pair of every deal exactly one arc', () => {
    for (const input of FIXTURE) {
      const mark = layout.deals.find((d) => d.id === input.id);
      const pairs = input.from.flatMap((f) => input.to.map((t) => `${f}>${t}`));
      expect(mark?.arcs.map((a) => `${a.from}>${a.to}`)).toEqual(pairs);
    }
  });

  it('keeps several deals between the same countries apart', () => {
    const first = layout.deals.find((d) => d.id === 'us-rwanda')?.arcs[0];
    const second = layout.deals.find((d) => d.id === 'us-rwanda-again')?.arcs[0];
    expect(first?.d).not.toBe(second?.d);
    expect(first?.mid).not.toEqual(second?.mid);
  });

  it('draws states too small for the basemap as points, the rest as shapes', () => {
    expect(layout.points.map((p) => p.code)).toEqual(['NRU']);
    expect(layout.countries.map((c) => c.code)).toEqual(['AUS', 'GBR', 'ISR', 'RWA', 'UGA', 'USA', 'XKX']);
    expect(layout.countries.find((c) => c.code === 'RWA')?.deals).toEqual([
      'israel-rwanda-uganda',
      'uk-rwanda',
      'us-rwanda',
      'us-rwanda-again',
    ]);
    expect(layout.countries.find((c) => c.code === 'USA')?.role).toBe('from');
    expect(layout.countries.find((c) => c.code === 'RWA')?.role).toBe('to');
  });

  it('puts every arc and point inside the world view', () => {
    const { viewBox } = layout;
    for (const arc of layout.deals.flatMap((d) => d.arcs)) {
      for (const [x, y] of coordinates(arc.d)) {
        expect(x).toBeGreaterThanOrEqual(viewBox.x);
        expect(x).toBeLessThanOrEqual(viewBox.x + viewBox.width);
        expect(y).toBeGreaterThanOrEqual(viewBox.y);
        expect(y).toBeLessThanOrEqual(viewBox.y + viewBox.height);
      }
    }
  });

  it('crops a focused map to its deals, inside the frame, and scales marks with the crop', () => {
    const focused = layoutMap([deal('us-rwanda', ['USA'], ['RWA'])], { focus: true });
    const { viewBox } = focused;
    expect(viewBox.width).toBeLessThan(FRAME_WIDTH);
    expect(viewBox.x).toBeGreaterThanOrEqual(0);
    expect(viewBox.x + viewBox.width).toBeLessThanOrEqual(FRAME_WIDTH + 0.05);
    expect(viewBox.width / viewBox.height).toBeGreaterThanOrEqual(4 / 3 - 0.01);
    expect(focused.unit).toBeCloseTo(viewBox.width / FRAME_WIDTH, 2);
    const [start, , end] = coordinates(focused.deals[0]?.arcs[0]?.d ?? '');
    for (const [x, y] of [start ?? [NaN, NaN], end ?? [NaN, NaN]]) {
      expect(x).toBeGreaterThan(viewBox.x);
      expect(x).toBeLessThan(viewBox.x + viewBox.width);
      expect(y).toBeGreaterThan(viewBox.y);
      expect(y).toBeLessThan(viewBox.y + viewBox.height);
    }
  });

  it('places labels that never overlap and stay inside the view', () => {
    const boxes = layout.labels.map((l) => {
      const width = l.text.length * 11 * 0.62;
      const x0 = l.anchor === 'start' ? l.x : l.x - width;
      return { x0, x1: x0 + width, y0: l.y - 11, y1: l.y };
    });
    expect(boxes.length).toBeGreaterThan(4);
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    });
  });

  it('is deterministic', () => {
    expect(layoutMap(FIXTURE, { label })).toEqual(layout);
  });

  it('throws for a country it cannot place', () => {
    expect(() => layoutMap([deal('x', ['USA'], ['ZZZ'])])).toThrow(/no position for country "ZZZ"/);
  });

  it('matches the golden SVG', () => {
    const svg = renderForGolden(layoutMap(FIXTURE, { label, focus: true }));
    const golden = join(import.meta.dirname, '..', '..', '..', '..', 'tests', 'golden', 'world-map.svg');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, svg);
    expect(existsSync(golden), 'no golden file: run UPDATE_GOLDEN=1 npm run test:unit and commit it').toBe(true);
    const expected = readFileSync(golden, 'utf8');
    if (svg !== expected) writeFileSync(golden.replace(/\.svg$/, '-changed.svg'), svg);
    expect(svg, 'layout changed: compare tests/golden/world-map-changed.svg, then rerun with UPDATE_GOLDEN=1').toBe(
      expected,
    );
  });
});

describe('statusGlyph', () => {
  it('draws a distinct shape for each status, filled or hollow like the badges', () => {
    const shapes = (['talks', 'agreed', 'active', 'suspended', 'ended'] as const).map((s) =>
      statusGlyph(s, [100, 100], 1),
    );
    expect(new Set(shapes.map((s) => `${s.d}|${String(s.filled)}`)).size).toBe(5);
    expect(shapes.map((s) => s.filled)).toEqual([false, true, true, true, false]);
  });
});

/** A readable SVG of the layout records (not the component), for eyeballing changes to the geometry. */
function renderForGolden(layout: ReturnType<typeof layoutMap>): string {
  const { x, y, width, height } = layout.viewBox;
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${width} ${height}">`,
    ...layout.countries.map((c) => `<path data-country="${c.code}" class="${c.role}" d="${c.d}" fill="#ccc"/>`),
    ...layout.points.map((p) => `<circle data-country="${p.code}" cx="${p.x}" cy="${p.y}" r="${p.r}"/>`),
    ...layout.deals.flatMap((d) =>
      d.arcs.map(
        (a) =>
          `<g data-deal="${d.id}"><path d="${a.d}" fill="none" stroke="#b3261e"/><path d="${a.arrow}"/><path d="${statusGlyph(d.status, a.mid, layout.unit).d}"/></g>`,
      ),
    ),
    ...layout.labels.map(
      (l) => `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="${11 * layout.unit}">${l.text}</text>`,
    ),
    '</svg>',
  ];
  return lines.join('\n') + '\n';
}
