/**
 * World map layout: turns deals into plain drawing records (arcs, highlighted countries, labels, region views) in
 * one fixed Equal Earth frame. No DOM and no Astro: WorldMap.astro prints these records as SVG at build time and
 * enhance.ts only adds behaviour. Projection, basemap and arc geometry live in src/lib/geo.
 *
 * Two kinds of map. With `pairs`, the overview of every deal: one arc per sender→receiver country pair, whatever the
 * number of deals behind it, so the page does not grow with the dataset. A pair is drawn as its leading deal (the
 * most advanced live status, lib/status.ts `STATUS_PRECEDENCE`), with a combined status history for time travel.
 * Without it (deal pages, stories), one arc per sender–receiver pair of each deal.
 */
import { ascending, groups } from 'd3-array';
import type { Confidence, DealKind, DealStatus } from '../../../schemas/deal.ts';
import { arcStart, arrowhead, layoutArcs, type ArcGeometry } from '../../../lib/geo/arcs.ts';
import { placeLabels, type Box, type PlacedLabel } from '../../../lib/geo/labels.ts';
import {
  countryCodes,
  countryMarks,
  focusViewBox,
  type CountryMark,
  type MapDeal,
  type PointMark,
} from '../../../lib/geo/map.ts';
import {
  FRAME_WIDTH,
  fitView,
  project,
  round1,
  round2,
  worldFrame,
  type ViewBox,
} from '../../../lib/geo/projection.ts';
import { REGIONS, type RegionId } from '../../../lib/geo/regions.ts';
import { combineHistories, STATUS_PRECEDENCE, type Transition } from '../../../lib/status.ts';

export type { CountryMark, MapDeal, PointMark, ViewBox };

export interface MarkArc {
  readonly from: string;
  readonly to: string;
  /** The curve from sender to receiver. */
  readonly d: string;
  /** A filled arrowhead at the receiving end, so that direction reads without colour. */
  readonly arrow: string;
  /** Where the status glyph sits: the middle of the curve. */
  readonly mid: readonly [number, number];
  /** The arrow's tip (the receiver's anchor), which the arrowhead keeps when the map zooms. */
  readonly tip: readonly [number, number];
}

/** One linked mark: a deal (with one arc per pair of its countries), or on a pairs map a country pair. */
export interface MapMark {
  /** The deal id, or "USA>RWA" for a pair. */
  readonly key: string;
  readonly pair: boolean;
  /** The deals behind the mark, the leading one first (most advanced status, then dataset order). */
  readonly deals: readonly string[];
  readonly status: DealStatus;
  readonly confidence: Confidence;
  readonly kinds: readonly DealKind[];
  /** The status history (combined for a pair), for time travel. */
  readonly history: readonly Transition[];
  readonly arcs: readonly MarkArc[];
}

export interface LabelMark extends Omit<PlacedLabel, 'leader'> {
  /** Path data of the leader line from the anchor, when the label sits away from it. */
  readonly leader?: string;
}

/** Label designs: the frame width (CSS px) each set of labels is placed for; 11 px text there. */
export const LABEL_DESIGNS = { narrow: 360, wide: 720 } as const;
export type LabelDesign = keyof typeof LABEL_DESIGNS;
/** The halo around label text, as a fraction of the font size (3 px at 11 px). */
export const HALO = 3 / 11;
/** Label text size in CSS px at the design width. */
export const LABEL_PX = 11;
/** No label may sit on this much of an arc's start, in CSS px at the design width. */
export const ARC_START_PX = 20;

export interface LabelLayer {
  /** The region preset the labels are placed for, or "view" for a map's own crop. */
  readonly region: RegionId | 'view';
  readonly design: LabelDesign;
  /** The zoom (relative to the map's own view) the layer is placed for. */
  readonly scale: number;
  readonly fontSize: number;
  /** The view the labels must fit. */
  readonly view: ViewBox;
  readonly labels: readonly LabelMark[];
}

export interface RegionView {
  readonly id: RegionId;
  readonly view: ViewBox;
  /** Zoom relative to the whole world: frame width / view width. */
  readonly scale: number;
}

export interface MapLayout {
  readonly viewBox: ViewBox;
  /** Size of one CSS-pixel-like unit at this crop: marks are drawn at `size * unit` to look alike on every map. */
  readonly unit: number;
  readonly countries: readonly CountryMark[];
  readonly points: readonly PointMark[];
  readonly marks: readonly MapMark[];
  readonly labels: readonly LabelLayer[];
  /** The region presets (overview maps only). */
  readonly regions: readonly RegionView[];
  /** Where each arc leaves its sender, for checks: the geometry behind `marks`. */
  readonly arcs: readonly ArcGeometry[];
}

export interface MapOptions {
  /** Crop to the deals' own extent (deal pages, stories) instead of showing the whole world. */
  readonly focus?: boolean;
  /** One arc per country pair instead of one per deal (the overview of every deal). */
  readonly pairs?: boolean;
  /** Offer the region presets (world maps only): all of them, or only these (and the world). */
  readonly regions?: boolean | readonly RegionId[];
  /** Country names for labels, in the page's locale; no labels when omitted. */
  readonly label?: (code: string) => string;
}

export { FRAME_WIDTH, worldFrame };

const rank = (status: DealStatus) => STATUS_PRECEDENCE.indexOf(status);

function dealMarks(deals: readonly MapDeal[]): { marks: MapMark[]; geometry: ArcWithKey[] } {
  const inputs = deals.flatMap((deal) =>
    deal.from.flatMap((from) => deal.to.map((to) => ({ key: deal.id, from, to, a: project(from), b: project(to) }))),
  );
  const arcs = layoutArcs(inputs);
  const marks = deals.map((deal): MapMark => ({
    key: deal.id,
    pair: false,
    deals: [deal.id],
    status: deal.status,
    confidence: deal.confidence,
    kinds: [deal.kind],
    history: deal.statusHistory ?? [],
    arcs: [],
  }));
  return { marks, geometry: arcs };
}

function pairMarks(deals: readonly MapDeal[]): { marks: MapMark[]; geometry: ArcWithKey[] } {
  const members = groups(
    deals.flatMap((deal, order) => deal.from.flatMap((from) => deal.to.map((to) => ({ from, to, deal, order })))),
    (m) => `${m.from}>${m.to}`,
  );
  const arcs = layoutArcs(
    members.map(([key, list]) => {
      const { from = '', to = '' } = list[0] ?? {};
      return { key, from, to, a: project(from), b: project(to) };
    }),
  );
  const marks = members.map(([key, list]): MapMark => {
    const sorted = [...list].sort((p, q) => ascending(rank(p.deal.status), rank(q.deal.status)) || p.order - q.order);
    const lead = sorted[0]?.deal;
    if (!lead) throw new Error(`Empty country pair ${key}`);
    return {
      key,
      pair: true,
      deals: sorted.map((m) => m.deal.id),
      status: lead.status,
      confidence: lead.confidence,
      kinds: [...new Set(sorted.map((m) => m.deal.kind))].sort(),
      history: combineHistories(sorted.map((m) => m.deal.statusHistory ?? [])),
      arcs: [],
    };
  });
  return { marks, geometry: arcs };
}

type ArcWithKey = ArcGeometry & { readonly key: string };

function labelLayer(
  region: RegionId | 'view',
  design: LabelDesign,
  view: ViewBox,
  scale: number,
  codes: readonly string[],
  label: (code: string) => string,
  arcs: readonly ArcGeometry[],
  points: readonly PointMark[],
): LabelLayer {
  // One CSS px at the design width, in frame units, for this view.
  const px = view.width / LABEL_DESIGNS[design];
  const fontSize = LABEL_PX * px;
  const bounds: Box = { x0: view.x, y0: view.y, x1: view.x + view.width, y1: view.y + view.height };
  const inView = (code: string) => {
    const [x, y] = project(code);
    return x >= bounds.x0 && x <= bounds.x1 && y >= bounds.y0 && y <= bounds.y1;
  };
  const lines = arcs.flatMap((arc) => [
    // Sampled finely: a coarser polyline cuts the corners of a short, tight arc, and a label could sit on it.
    arcStart(arc, ARC_START_PX * px, 0.25 * px),
    // The arrowhead: the last stretch of the arc, read backwards.
    arcStart({ a: arc.b, b: arc.a, control: arc.control }, 12 * px, 0.25 * px),
  ]);
  // Dots keep their size on screen whatever the zoom (enhance.ts): 3.5 units of the whole frame, plus a margin.
  const r = (3.5 * view.width) / FRAME_WIDTH + px;
  const dots = points.map(({ x, y }): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }));
  const placed = placeLabels(
    codes.filter(inView).map((code) => ({ code, text: label(code), anchor: project(code) })),
    // On a phone the whole world has room for few labels: only those that fit beside their country, without leader
    // lines; the region presets name the rest.
    { fontSize, bounds, lines, boxes: dots, reach: design === 'narrow' && region === 'world' ? 1.5 : Infinity },
  );
  return {
    region,
    design,
    scale: round2(scale),
    fontSize: round2(fontSize),
    view,
    labels: placed.map(({ leader, ...rest }) => ({
      ...rest,
      x: round2(rest.x),
      y: round2(rest.y),
      ...(leader
        ? { leader: `M${round2(leader[0])},${round2(leader[1])}L${round2(leader[2])},${round2(leader[3])}` }
        : {}),
    })),
  };
}

export function layoutMap(deals: readonly MapDeal[], options: MapOptions = {}): MapLayout {
  const { width, height } = worldFrame();
  const { marks, geometry } = options.pairs ? pairMarks(deals) : dealMarks(deals);
  const viewBox = options.focus && deals.length > 0 ? focusViewBox(deals, geometry) : { x: 0, y: 0, width, height };
  const unit = viewBox.width / width;
  const byKey = new Map<string, MarkArc[]>();
  for (const arc of geometry) {
    byKey.set(arc.key, [
      ...(byKey.get(arc.key) ?? []),
      {
        from: arc.from,
        to: arc.to,
        d: arc.d,
        arrow: arrowhead(arc, 9 * unit),
        mid: arc.mid,
        tip: [round2(arc.b[0]), round2(arc.b[1])],
      },
    ]);
  }
  const { countries, points } = countryMarks(deals, unit);

  // Receivers first (the map is about where people are sent), busiest first; then senders.
  const count = (code: string) => deals.filter((d) => d.from.includes(code) || d.to.includes(code)).length;
  const receivers = new Set(deals.flatMap((d) => d.to));
  const order = countryCodes(deals).sort(
    (a, b) => Number(receivers.has(b)) - Number(receivers.has(a)) || count(b) - count(a) || a.localeCompare(b),
  );
  const regions =
    options.regions && !options.focus
      ? REGIONS.filter(
          (r) => options.regions === true || r.id === 'world' || (options.regions || []).includes(r.id),
        ).map((r): RegionView => {
          const view = r.id === 'world' ? viewBox : fitView(r.bounds);
          return { id: r.id, view, scale: round2(width / view.width) };
        })
      : [];
  const labels: LabelLayer[] = [];
  if (options.label) {
    const label = options.label;
    const views = regions.length > 0 ? regions : [{ id: 'view' as const, view: viewBox, scale: 1 }];
    for (const { id, view, scale } of views) {
      for (const design of Object.keys(LABEL_DESIGNS) as LabelDesign[]) {
        labels.push(labelLayer(id, design, view, scale, order, label, geometry, points));
      }
    }
  }

  const spans = new Map<string, number>();
  for (const arc of geometry)
    spans.set(arc.key, Math.max(spans.get(arc.key) ?? 0, Math.hypot(arc.b[0] - arc.a[0], arc.b[1] - arc.a[1])));
  const span = (key: string) => spans.get(key) ?? 0;
  return {
    viewBox,
    unit: round1(unit * 1000) / 1000,
    countries,
    points,
    // Longest arcs first, so that shorter ones and their status glyphs are drawn on top and stay clickable.
    marks: marks
      .map((mark) => ({ ...mark, arcs: byKey.get(mark.key) ?? [] }))
      .sort((p, q) => span(q.key) - span(p.key)),
    labels,
    regions,
    arcs: geometry,
  };
}
