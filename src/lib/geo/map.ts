/**
 * What every map of deals shares, pure: which countries are highlighted (shapes, or dots for small states), the
 * crop that shows a set of deals, and the arcs. The page map (components/charts/world-map/layout.ts) adds labels,
 * regions and pairs; the link-preview images (lib/og-image.ts) draw these records directly.
 */
import { geoPath } from 'd3-geo';
import { extent } from 'd3-array';
import type { Confidence, DealKind, DealStatus } from '../../schemas/deal.ts';
import type { Transition } from '../status.ts';
import { layoutArcs, type ArcGeometry } from './arcs.ts';
import { project, round1, round2, worldFrame, type Point, type ViewBox } from './projection.ts';
import { toRelativePath } from './relative-path.ts';
import { countryFeature, mainland } from './world.ts';

export interface MapDeal {
  readonly id: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly status: DealStatus;
  readonly confidence: Confidence;
  readonly kind: DealKind;
  /** Dated status changes, for maps that group deals by country pair. */
  readonly statusHistory?: readonly Transition[];
}

export type Role = 'from' | 'to' | 'both';

export interface CountryMark {
  readonly code: string;
  readonly d: string;
  /** Whether the country sends, receives or both, across the deals shown. */
  readonly role: Role;
  readonly deals: readonly string[];
}

export interface PointMark {
  readonly code: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly role: Role;
  readonly deals: readonly string[];
}

/** One arc per sender–receiver pair of every deal, fanned per sender (see arcs.ts). */
export function dealArcs<D extends MapDeal>(deals: readonly D[]): (ArcGeometry & { deal: D })[] {
  return layoutArcs(
    deals.flatMap((deal) =>
      deal.from.flatMap((from) => deal.to.map((to) => ({ deal, from, to, a: project(from), b: project(to) }))),
    ),
  );
}

/** Countries of the deals, each once. */
export function countryCodes(deals: readonly MapDeal[]): string[] {
  return [...new Set(deals.flatMap((d) => [...d.to, ...d.from]))];
}

/** Highlighted shapes and small-state dots for the deals' countries, sorted by code. */
export function countryMarks(
  deals: readonly MapDeal[],
  unit: number,
): { countries: CountryMark[]; points: PointMark[] } {
  const path = geoPath(worldFrame().projection).digits(1);
  const countries: CountryMark[] = [];
  const points: PointMark[] = [];
  for (const code of countryCodes(deals).sort()) {
    const sends = deals.some((d) => d.from.includes(code));
    const receives = deals.some((d) => d.to.includes(code));
    const role: Role = sends && receives ? 'both' : sends ? 'from' : 'to';
    const ids = deals
      .filter((d) => d.from.includes(code) || d.to.includes(code))
      .map((d) => d.id)
      .sort();
    const f = countryFeature(code);
    if (f) countries.push({ code, d: toRelativePath(path(f) ?? ''), role, deals: ids });
    else {
      const [x, y] = project(code);
      points.push({ code, x: round1(x), y: round1(y), r: round2(3.5 * unit), role, deals: ids });
    }
  }
  return { countries, points };
}

/** The crop that shows every country and arc of the deals, padded, between 4:3 and 2.1:1, inside the frame. */
export function focusViewBox(deals: readonly MapDeal[], arcs: readonly ArcGeometry[]): ViewBox {
  const { width, height } = worldFrame();
  const path = geoPath(worldFrame().projection);
  const points: Point[] = arcs.flatMap((arc) => [arc.a, arc.b, arc.mid]);
  for (const code of countryCodes(deals)) {
    const f = countryFeature(code);
    if (f) points.push(...path.bounds(mainland(f)));
  }
  let [x0 = 0, x1 = width] = extent(points, (p) => p[0]);
  let [y0 = 0, y1 = height] = extent(points, (p) => p[1]);
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
