/**
 * World map layout: turns deals into plain drawing records (paths, points, arcs, labels) in one fixed Equal Earth
 * frame. No DOM and no Astro: WorldMap.astro prints these records as SVG at build time, the /geo/world.svg
 * endpoint prints the shared basemap from the same projection, and enhance.ts only adds behaviour.
 */
import { geoEqualEarth, geoGraticule, geoPath, type GeoProjection } from 'd3-geo';
import type { Confidence, DealKind, DealStatus } from '../../../schemas/deal.ts';
import { toRelativePath } from '../../../lib/geo/relative-path.ts';
import { countryAnchor, countryFeature, mainland, worldFeatures } from '../../../lib/geo/world.ts';

/** Width of the world frame in SVG units; every map shares this frame and crops it with its viewBox. */
export const FRAME_WIDTH = 960;
/** Southern edge of the frame: Tierra del Fuego fits, Antarctica (not drawn) does not. */
const SOUTH_LATITUDE = -57;

export interface MapDeal {
  readonly id: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly status: DealStatus;
  readonly confidence: Confidence;
  readonly kind: DealKind;
}

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CountryMark {
  readonly code: string;
  readonly d: string;
  /** Whether the country sends, receives or both, across the deals shown. */
  readonly role: 'from' | 'to' | 'both';
  readonly deals: readonly string[];
}

export interface PointMark {
  readonly code: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly role: 'from' | 'to' | 'both';
  readonly deals: readonly string[];
}

export interface ArcMark {
  readonly from: string;
  readonly to: string;
  /** The curve from sender to receiver. */
  readonly d: string;
  /** A filled arrowhead at the receiving end, so that direction reads without colour. */
  readonly arrow: string;
  /** Where the status glyph sits: the middle of the curve. */
  readonly mid: readonly [number, number];
}

export interface DealMark {
  readonly id: string;
  readonly status: DealStatus;
  readonly confidence: Confidence;
  readonly kind: DealKind;
  /** One arc per sender–receiver pair of the deal. */
  readonly arcs: readonly ArcMark[];
}

export interface LabelMark {
  readonly code: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
}

export interface MapLayout {
  readonly viewBox: ViewBox;
  /** Size of one CSS-pixel-like unit at this crop: marks are drawn at `size * unit` to look alike on every map. */
  readonly unit: number;
  readonly countries: readonly CountryMark[];
  readonly points: readonly PointMark[];
  readonly deals: readonly DealMark[];
  readonly labels: readonly LabelMark[];
}

export interface MapOptions {
  /** Crop to the deals' own extent (deal pages, stories) instead of showing the whole world. */
  readonly focus?: boolean;
  /** Country names for labels, in the page's locale; no labels when omitted. */
  readonly label?: (code: string) => string;
}

let frame: { projection: GeoProjection; height: number } | undefined;

/** The one projection every map uses: Equal Earth fitted to the frame width. */
export function worldFrame(): { projection: GeoProjection; width: number; height: number } {
  if (!frame) {
    const projection = geoEqualEarth().fitWidth(FRAME_WIDTH, { type: 'Sphere' });
    const south = projection([0, SOUTH_LATITUDE]);
    frame = { projection, height: Math.ceil(south?.[1] ?? 0) };
  }
  return { projection: frame.projection, width: FRAME_WIDTH, height: frame.height };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
/** Arrowheads shrink with the crop's unit, so they keep two decimals. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The shared basemap: sphere outline, graticule and every country as its own path (id `c-<ISO3>` where the code is
 * known), in relative commands. Pages draw the land with one <use> of the group and highlight a country with a
 * <use> of its path, so no country outline is ever repeated in a page's HTML.
 */
export function basemapPaths(): {
  sphere: string;
  graticule: string;
  countries: { code: string | undefined; d: string }[];
} {
  const path = geoPath(worldFrame().projection).digits(1);
  return {
    sphere: toRelativePath(path({ type: 'Sphere' }) ?? ''),
    graticule: toRelativePath(path(geoGraticule().step([20, 20]).precision(5)()) ?? ''),
    countries: worldFeatures().features.map((f) => ({
      code: (f.properties as { code?: string } | null)?.code,
      d: toRelativePath(path(f) ?? ''),
    })),
  };
}

function project(code: string): [number, number] {
  const anchor = countryAnchor(code);
  const point = anchor ? worldFrame().projection(anchor) : null;
  if (!point) throw new Error(`The map has no position for country "${code}"`);
  return [point[0], point[1]];
}

type Point = readonly [number, number];

/** A quadratic curve bowed to the north side of the chord; `lane` pushes arcs between the same pair apart. */
function curve(a: Point, b: Point, lane: number): { control: Point; mid: Point } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy) || 1;
  let nx = -dy / length;
  let ny = dx / length;
  if (ny > 0 || (ny === 0 && nx > 0)) {
    nx = -nx;
    ny = -ny;
  }
  const bow = length * (0.2 + 0.12 * lane) + 6;
  const control: Point = [(a[0] + b[0]) / 2 + nx * bow, (a[1] + b[1]) / 2 + ny * bow];
  const mid: Point = [0.25 * a[0] + 0.5 * control[0] + 0.25 * b[0], 0.25 * a[1] + 0.5 * control[1] + 0.25 * b[1]];
  return { control, mid };
}

function arrowhead(control: Point, tip: Point, size: number): string {
  const dx = tip[0] - control[0];
  const dy = tip[1] - control[1];
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const baseX = tip[0] - ux * size;
  const baseY = tip[1] - uy * size;
  const half = size * 0.45;
  const p = (x: number, y: number) => `${round2(x)},${round2(y)}`;
  return `M${p(tip[0], tip[1])}L${p(baseX - uy * half, baseY + ux * half)}L${p(baseX + uy * half, baseY - ux * half)}Z`;
}

function roleOf(sends: boolean, receives: boolean): 'from' | 'to' | 'both' {
  return sends && receives ? 'both' : sends ? 'from' : 'to';
}

/** The crop that shows every mark of the deals, padded, with a sensible aspect ratio, inside the world frame. */
function focusViewBox(points: readonly Point[], boxes: readonly [Point, Point][]): ViewBox {
  const { width, height } = worldFrame();
  const xs = [...points.map((p) => p[0]), ...boxes.flatMap(([a, b]) => [a[0], b[0]])];
  const ys = [...points.map((p) => p[1]), ...boxes.flatMap(([a, b]) => [a[1], b[1]])];
  let x0 = Math.min(...xs);
  let x1 = Math.max(...xs);
  let y0 = Math.min(...ys);
  let y1 = Math.max(...ys);
  const pad = Math.max(x1 - x0, y1 - y0) * 0.08 + 12;
  x0 -= pad;
  x1 += pad;
  y0 -= pad;
  y1 += pad;
  // Never zoom in further than a fifth of the world's width, and keep between 4:3 and 2.1:1.
  const minWidth = width / 5;
  if (x1 - x0 < minWidth) {
    const grow = (minWidth - (x1 - x0)) / 2;
    x0 -= grow;
    x1 += grow;
  }
  const w = x1 - x0;
  const h = y1 - y0;
  if (w / h > 2.1) {
    const grow = (w / 2.1 - h) / 2;
    y0 -= grow;
    y1 += grow;
  } else if (w / h < 4 / 3) {
    const grow = ((h * 4) / 3 - w) / 2;
    x0 -= grow;
    x1 += grow;
  }
  // Slide back inside the frame, shrinking only if the crop is larger than the frame.
  const cw = Math.min(x1 - x0, width);
  const ch = Math.min(y1 - y0, height);
  const cx = Math.min(Math.max(x0, 0), width - cw);
  const cy = Math.min(Math.max(y0, 0), height - ch);
  return { x: round1(cx), y: round1(cy), width: round1(cw), height: round1(ch) };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Labels for receiving and sending countries, placed right of the anchor, else left, else dropped: a label that
 * would collide with one already placed, or leave the crop, is not drawn (the table and tooltips name every
 * country). Receivers are placed first because the map is about where people are sent.
 */
function placeLabels(
  codes: readonly string[],
  label: (code: string) => string,
  viewBox: ViewBox,
  unit: number,
): LabelMark[] {
  const fontSize = 11 * unit;
  const placed: { mark: LabelMark; box: Box }[] = [];
  for (const code of codes) {
    const text = label(code);
    const [x, y] = project(code);
    const width = text.length * fontSize * 0.62;
    const gap = 5 * unit;
    for (const anchor of ['start', 'end'] as const) {
      const lx = anchor === 'start' ? x + gap : x - gap;
      const box: Box = {
        x0: anchor === 'start' ? lx : lx - width,
        x1: anchor === 'start' ? lx + width : lx,
        y0: y - fontSize * 0.75,
        y1: y + fontSize * 0.35,
      };
      const inside =
        box.x0 >= viewBox.x &&
        box.x1 <= viewBox.x + viewBox.width &&
        box.y0 >= viewBox.y &&
        box.y1 <= viewBox.y + viewBox.height;
      if (inside && !placed.some((p) => overlaps(p.box, box))) {
        placed.push({ mark: { code, text, x: round1(lx), y: round1(y + fontSize * 0.35), anchor }, box });
        break;
      }
    }
  }
  return placed.map((p) => p.mark);
}

export function layoutMap(deals: readonly MapDeal[], options: MapOptions = {}): MapLayout {
  const { projection, width, height } = worldFrame();
  const path = geoPath(projection).digits(1);

  const sending = new Map<string, Set<string>>();
  const receiving = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, code: string, id: string) =>
    map.set(code, (map.get(code) ?? new Set()).add(id));
  for (const deal of deals) {
    deal.from.forEach((code) => add(sending, code, deal.id));
    deal.to.forEach((code) => add(receiving, code, deal.id));
  }
  const codes = [...new Set([...receiving.keys(), ...sending.keys()])];

  // Arcs: lanes separate several deals between the same two countries.
  const lanes = new Map<string, number>();
  const marks: DealMark[] = [];
  const curvePoints: Point[] = [];
  const raw = deals.map((deal) => {
    const arcs = deal.from.flatMap((from) =>
      deal.to.map((to) => {
        const key = [from, to].sort().join('-');
        const lane = lanes.get(key) ?? 0;
        lanes.set(key, lane + 1);
        const a = project(from);
        const b = project(to);
        const { control, mid } = curve(a, b, lane);
        curvePoints.push(a, b, mid);
        return { from, to, a, b, control, mid };
      }),
    );
    return { deal, arcs };
  });

  const boxes = codes.flatMap((code): [Point, Point][] => {
    const f = countryFeature(code);
    return f ? [path.bounds(mainland(f))] : [];
  });
  const viewBox = options.focus && deals.length > 0 ? focusViewBox(curvePoints, boxes) : { x: 0, y: 0, width, height };
  const unit = viewBox.width / width;

  for (const { deal, arcs } of raw) {
    marks.push({
      id: deal.id,
      status: deal.status,
      confidence: deal.confidence,
      kind: deal.kind,
      arcs: arcs.map(({ from, to, a, b, control, mid }) => ({
        from,
        to,
        d: `M${round1(a[0])},${round1(a[1])}Q${round1(control[0])},${round1(control[1])} ${round1(b[0])},${round1(b[1])}`,
        arrow: arrowhead(control, b, 9 * unit),
        mid: [round1(mid[0]), round1(mid[1])],
      })),
    });
  }

  const countries: CountryMark[] = [];
  const points: PointMark[] = [];
  for (const code of codes) {
    const dealIds = [...new Set([...(sending.get(code) ?? []), ...(receiving.get(code) ?? [])])].sort();
    const role = roleOf(sending.has(code), receiving.has(code));
    const f = countryFeature(code);
    if (f) {
      countries.push({ code, d: toRelativePath(path(f) ?? ''), role, deals: dealIds });
    } else {
      const [x, y] = project(code);
      points.push({ code, x: round1(x), y: round1(y), r: round2(3.5 * unit), role, deals: dealIds });
    }
  }

  const labelOrder = [...[...receiving.keys()].sort(), ...[...sending.keys()].filter((c) => !receiving.has(c)).sort()];
  const labels = options.label ? placeLabels(labelOrder, options.label, viewBox, unit) : [];

  return {
    viewBox,
    unit: round1(unit * 1000) / 1000,
    countries: countries.sort((a, b) => a.code.localeCompare(b.code)),
    points: points.sort((a, b) => a.code.localeCompare(b.code)),
    deals: marks,
    labels,
  };
}
