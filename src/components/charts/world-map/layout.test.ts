import { describe, expect, it } from 'vitest';
import { ARC_START_PX, LABEL_DESIGNS, layoutMap, type MapDeal, type MapLayout } from './layout.ts';
import { basemapPaths, worldFrame, FRAME_WIDTH } from '../../../lib/geo/projection.ts';
import { arcStart } from '../../../lib/geo/arcs.ts';
import { boxesOverlap, polylineHitsBox } from '../../../lib/geo/labels.ts';
import { REGION_IDS } from '../../../lib/geo/regions.ts';
import { statusGlyph } from '../../../lib/geo/glyphs.ts';
import { combineHistories, statusAt } from '../../../lib/status.ts';
import { loadDataset } from '../../../lib/content/index.ts';
import { countryName } from '../../../lib/countries.ts';
import { expectGolden } from '../../../../tests/golden/expect-golden.ts';

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
      const mark = layout.marks.find((d) => d.key === input.id);
      const pairs = input.from.flatMap((f) => input.to.map((t) => `${f}>${t}`));
      expect(mark?.arcs.map((a) => `${a.from}>${a.to}`)).toEqual(pairs);
    }
  });

  it('keeps several deals between the same countries apart', () => {
    const first = layout.marks.find((d) => d.key === 'us-rwanda')?.arcs[0];
    const second = layout.marks.find((d) => d.key === 'us-rwanda-again')?.arcs[0];
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
    for (const arc of layout.marks.flatMap((d) => d.arcs)) {
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
    const [start, , end] = coordinates(focused.marks[0]?.arcs[0]?.d ?? '');
    for (const [x, y] of [start ?? [NaN, NaN], end ?? [NaN, NaN]]) {
      expect(x).toBeGreaterThan(viewBox.x);
      expect(x).toBeLessThan(viewBox.x + viewBox.width);
      expect(y).toBeGreaterThan(viewBox.y);
      expect(y).toBeLessThan(viewBox.y + viewBox.height);
    }
  });

  it('gives the same layout for the same data, run after run', () => {
    expect(layoutMap(FIXTURE, { label })).toEqual(layout);
  });

  it('throws for a country it cannot place', () => {
    expect(() => layoutMap([deal('x', ['USA'], ['ZZZ'])])).toThrow(/no position for country "ZZZ"/);
  });

  it('matches the golden SVG', () => {
    expectGolden('world-map', renderForGolden(layoutMap(FIXTURE, { label, focus: true })));
  });
});

/** States that lie a few pixels apart at world scale: the Caribbean, the Western Balkans, the Great Lakes. */
const CROWDED: MapDeal[] = [
  deal('us-dominica', ['USA'], ['DMA']),
  deal('us-antigua', ['USA'], ['ATG'], 'agreed'),
  deal('us-st-kitts', ['USA'], ['KNA'], 'talks'),
  deal('us-st-lucia', ['USA'], ['LCA'], 'agreed'),
  deal('us-belize', ['USA'], ['BLZ'], 'talks'),
  deal('us-guyana', ['USA'], ['GUY'], 'agreed'),
  deal('us-palau', ['USA'], ['PLW']),
  deal('us-ecuador', ['USA'], ['ECU'], 'talks'),
  deal('us-argentina', ['USA'], ['ARG'], 'talks'),
  deal('us-kosovo', ['USA'], ['XKX'], 'agreed'),
  deal('italy-albania', ['ITA'], ['ALB']),
  deal('nld-uganda', ['NLD'], ['UGA'], 'agreed'),
  deal('uk-rwanda', ['GBR'], ['RWA'], 'ended'),
  deal('us-rwanda', ['USA'], ['RWA']),
  deal('us-cameroon', ['USA'], ['CMR']),
  deal('us-equatorial-guinea', ['USA'], ['GNQ']),
  deal('nzl-nauru', ['NZL'], ['NRU'], 'talks'),
  deal('australia-nauru', ['AUS'], ['NRU']),
];

const english = (code: string) => countryName(code, 'en');

/** Every label layer of a layout: no two boxes meet, none leaves its view, none sits on an arc's first 20 px. */
function expectLegible(layout: MapLayout) {
  expect(layout.labels.length).toBeGreaterThan(0);
  for (const layer of layout.labels) {
    const where = `${layer.region}/${layer.design}`;
    const px = layer.view.width / LABEL_DESIGNS[layer.design];
    const starts = layout.arcs.map((arc) => arcStart(arc, ARC_START_PX * px, 0.25 * px));
    const boxes = layer.labels.map((l) => ({ label: l.code, box: l.box }));
    boxes.forEach(({ label: a, box }, i) => {
      expect(box.x0, `${where} ${a} inside`).toBeGreaterThanOrEqual(layer.view.x - 0.01);
      expect(box.x1, `${where} ${a} inside`).toBeLessThanOrEqual(layer.view.x + layer.view.width + 0.01);
      for (const other of boxes.slice(i + 1)) {
        expect(boxesOverlap(box, other.box), `${where}: ${a} overlaps ${other.label}`).toBe(false);
      }
      starts.forEach((start, k) => {
        const arc = layout.arcs[k];
        expect(polylineHitsBox(start, box), `${where}: ${a} on the start of ${arc?.from}→${arc?.to}`).toBe(false);
      });
    });
  }
}

describe('legible overview maps', () => {
  const real = loadDataset().deals;
  const layouts = {
    'the real content': layoutMap(real, { pairs: true, regions: true, label: english }),
    'crowded states': layoutMap(CROWDED, { pairs: true, regions: true, label: english }),
  };

  it.each(Object.entries(layouts))('%s: labels never overlap or cover an arc start, at every preset', (_, layout) => {
    expect(layout.regions.map((r) => r.id)).toEqual(REGION_IDS);
    expect(new Set(layout.labels.map((l) => l.region))).toEqual(new Set(REGION_IDS));
    expectLegible(layout);
  });

  it("prints only the region presets a page asks for, and the world (a scrolly labels only its steps' regions)", () => {
    const layout = layoutMap(CROWDED, { regions: ['africa'], label: english });
    expect(layout.regions.map((r) => r.id)).toEqual(['world', 'africa']);
    expect(new Set(layout.labels.map((l) => l.region))).toEqual(new Set(['world', 'africa']));
  });

  it('deal maps keep their labels apart too', () => {
    expectLegible(layoutMap(CROWDED, { focus: true, label: english }));
    expectLegible(layoutMap(FIXTURE, { focus: true, label }));
  });

  it('labels every crowded state in its region preset', () => {
    const layout = layouts['crowded states'];
    const labelled = (region: string) =>
      new Set(
        layout.labels
          .filter((l) => l.region === region && l.design === 'wide')
          .flatMap((l) => l.labels.map((x) => x.code)),
      );
    for (const code of ['DMA', 'ATG', 'KNA', 'LCA']) expect(labelled('caribbean'), code).toContain(code);
    for (const code of ['XKX', 'ALB']) expect(labelled('balkans'), code).toContain(code);
    for (const code of ['RWA', 'UGA']) expect(labelled('great-lakes'), code).toContain(code);
    // Kosovo and Albania, Cameroon and Equatorial Guinea: both of each pair are named somewhere.
    for (const code of ['CMR', 'GNQ']) expect(labelled('africa'), code).toContain(code);
  });

  it('zooms each preset to its region, inside the frame', () => {
    const { width, height } = worldFrame();
    for (const { id, view, scale } of layouts['crowded states'].regions) {
      expect(view.x, id).toBeGreaterThanOrEqual(0);
      expect(view.y, id).toBeGreaterThanOrEqual(0);
      expect(view.x + view.width, id).toBeLessThanOrEqual(width + 0.1);
      expect(view.y + view.height, id).toBeLessThanOrEqual(height + 0.1);
      expect(scale, id).toBeCloseTo(width / view.width, 1);
      if (id !== 'world') expect(scale, id).toBeGreaterThan(1.1);
    }
  });

  it('fans out the arcs leaving one sender: each leaves at its own bearing', () => {
    const layout = layouts['crowded states'];
    const fromUsa = layout.arcs.filter((arc) => arc.from === 'USA');
    expect(fromUsa.length).toBeGreaterThan(10);
    const bearings = fromUsa
      .map((arc) => (Math.atan2(arc.control[1] - arc.a[1], arc.control[0] - arc.a[0]) * 180) / Math.PI)
      .sort((a, b) => a - b);
    for (let i = 1; i < bearings.length; i += 1) {
      expect((bearings[i] ?? 0) - (bearings[i - 1] ?? 0)).toBeGreaterThan(4);
    }
  });
});

describe('one arc per country pair on the overview map', () => {
  const history = (text: string) =>
    text.split(' ').map((item) => {
      const [date = '', status = ''] = item.split(':');
      return { date, status: status as MapDeal['status'] };
    });
  const deals: MapDeal[] = [
    { ...deal('uk-rwanda', ['GBR'], ['RWA'], 'ended'), statusHistory: history('2022-04:agreed 2024-07:ended') },
    { ...deal('uk-rwanda-2', ['GBR'], ['RWA'], 'talks'), statusHistory: history('2025-02:talks') },
    {
      ...deal('israel-rwanda-uganda', ['ISR'], ['RWA', 'UGA'], 'suspended'),
      statusHistory: history('2014:active 2018:suspended'),
    },
  ];
  const layout = layoutMap(deals, { pairs: true });

  it('draws each sender→receiver pair once, carrying every deal behind it, the leading one first', () => {
    expect(layout.marks.map((m) => [m.key, m.deals])).toEqual([
      ['GBR>RWA', ['uk-rwanda-2', 'uk-rwanda']],
      ['ISR>RWA', ['israel-rwanda-uganda']],
      ['ISR>UGA', ['israel-rwanda-uganda']],
    ]);
    expect(layout.marks.every((m) => m.pair && m.arcs.length === 1)).toBe(true);
  });

  it('shows the most advanced live status, and recolours by date from the combined history', () => {
    const pair = layout.marks[0];
    expect(pair?.status).toBe('talks');
    expect(pair?.history).toEqual(combineHistories([deals[1]?.statusHistory ?? [], deals[0]?.statusHistory ?? []]));
    expect(statusAt(pair?.history ?? [], '2023-01-01')).toBe('agreed');
    expect(statusAt(pair?.history ?? [], '2024-12')).toBe('ended');
    expect(statusAt(pair?.history ?? [], '2025-03')).toBe('talks');
  });

  it('does not grow with the number of deals between the same countries', () => {
    const many = Array.from({ length: 500 }, (_, i) => deal(`usa-rwanda-${i}`, ['USA'], ['RWA'], 'talks'));
    const big = layoutMap(many, { pairs: true });
    expect(big.marks).toHaveLength(1);
    expect(big.marks[0]?.arcs).toHaveLength(1);
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
function renderForGolden(layout: MapLayout): string {
  const { x, y, width, height } = layout.viewBox;
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${width} ${height}">`,
    ...layout.countries.map((c) => `<path data-country="${c.code}" class="${c.role}" d="${c.d}" fill="#ccc"/>`),
    ...layout.points.map((p) => `<circle data-country="${p.code}" cx="${p.x}" cy="${p.y}" r="${p.r}"/>`),
    ...layout.marks.flatMap((d) =>
      d.arcs.map(
        (a) =>
          `<g data-deal="${d.key}"><path d="${a.d}" fill="none" stroke="#b3261e"/><path d="${a.arrow}"/><path d="${statusGlyph(d.status, a.mid, layout.unit).d}"/></g>`,
      ),
    ),
    ...layout.labels
      .filter((layer) => layer.design === 'wide')
      .flatMap((layer) => [
        `<g font-size="${layer.fontSize}">`,
        ...layer.labels.flatMap((l) => [
          ...(l.leader ? [`<path d="${l.leader}" stroke="#000" fill="none"/>`] : []),
          `<text x="${l.x}" y="${l.y}" text-anchor="${l.textAnchor}" dominant-baseline="${l.baseline}">${l.text}</text>`,
        ]),
        '</g>',
      ]),
    '</svg>',
  ];
  return lines.join('\n') + '\n';
}
