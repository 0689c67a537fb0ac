/**
 * Country labels with collision avoidance, pure. Each label tries candidate positions around its anchor (right,
 * left, above, below, then the diagonals), first close, then further out with a leader line back to the anchor; it
 * takes the first position whose box stays inside the view and touches no label already placed and no obstacle
 * (the start of every arc, arrowheads, small-state dots). A label that fits nowhere is left off: the table and the
 * tooltips name every country, and the region presets show crowded places larger.
 *
 * Every label is printed with a "pin" (x, y, text-anchor, dominant-baseline) on the side of its box that faces the
 * anchor, so when the browser shrinks the text as the reader zooms in, each box only shrinks towards its pin, inside
 * the box placed here: labels that do not collide at the view they were placed for never collide when zoomed.
 */

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface LabelRequest {
  readonly code: string;
  readonly text: string;
  readonly anchor: readonly [number, number];
}

export interface PlacedLabel {
  readonly code: string;
  readonly text: string;
  /** The pin: where the text is drawn from. */
  readonly x: number;
  readonly y: number;
  readonly textAnchor: 'start' | 'middle' | 'end';
  readonly baseline: 'central' | 'text-after-edge' | 'text-before-edge';
  /** The estimated box of the text at the font size the labels were placed for. */
  readonly box: Box;
  /** From the anchor towards the pin, when the label sits away from its anchor. */
  readonly leader?: readonly [number, number, number, number];
}

export const boxesOverlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const contains = (box: Box, [x, y]: readonly [number, number]) => x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1;

type Segment = readonly [readonly [number, number], readonly [number, number]];

/** Whether the segment p–q passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox([p, q]: Segment, box: Box): boolean {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, p[0] - box.x0],
    [dx, box.x1 - p[0]],
    [-dy, p[1] - box.y0],
    [dy, box.y1 - p[1]],
  ];
  for (const [denominator, distance] of edges) {
    if (denominator === 0) {
      if (distance <= 0) return false;
      continue;
    }
    const t = distance / denominator;
    if (denominator < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Whether a polyline passes through the box. */
export const polylineHitsBox = (line: readonly (readonly [number, number])[], box: Box): boolean =>
  line.some((p, i) => i > 0 && segmentHitsBox([line[i - 1] ?? p, p], box));

// Advance widths in em of a bold UI sans, by character class, rounded up so estimates err on the wide side.
const NARROW = `iljtfrI.,:;!'|()[] `;
const WIDE = 'mwMW@%&—';
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.includes(char)) em += 0.38;
    else if (WIDE.includes(char)) em += 1.05;
    else if (/[A-Z]/.test(char)) em += 0.8;
    else em += 0.68;
  }
  return em * fontSize;
}

/** Line height of the box around a label, in ems. */
const LINE = 1.2;

type Direction = readonly [dx: -1 | 0 | 1, dy: -1 | 0 | 1];
const DIRECTIONS: readonly Direction[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];
/** Distances from the anchor, in ems; beyond the first a leader line joins the label to its anchor. */
const RINGS = [0.45, 1.4, 2.6, 4];

function candidate(request: LabelRequest, [dx, dy]: Direction, distance: number, fontSize: number) {
  const [ax, ay] = request.anchor;
  const width = textWidth(request.text, fontSize);
  const height = LINE * fontSize;
  const diagonal = dx !== 0 && dy !== 0 ? Math.SQRT1_2 : 1;
  const x = ax + dx * distance * diagonal;
  const y = ay + dy * distance * diagonal;
  const textAnchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  const baseline = dy < 0 ? 'text-after-edge' : dy > 0 ? 'text-before-edge' : 'central';
  const x0 = dx > 0 ? x : dx < 0 ? x - width : x - width / 2;
  const y0 = dy < 0 ? y - height : dy > 0 ? y : y - height / 2;
  return { x, y, textAnchor, baseline, box: { x0, y0, x1: x0 + width, y1: y0 + height } } as const;
}

export interface PlaceOptions {
  readonly fontSize: number;
  /** Labels must stay inside this box. */
  readonly bounds: Box;
  /** Lines no label may cover (the start of every arc, its arrowhead). */
  readonly lines?: readonly (readonly (readonly [number, number])[])[];
  /** Boxes no label may cover (small-state dots). */
  readonly boxes?: readonly Box[];
  /** How far from its anchor a label may go, in ems (default: with leader lines, 4 em). */
  readonly reach?: number;
}

/** Places labels in the order given (most important first); see the module comment. */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): PlacedLabel[] {
  const { fontSize, bounds, lines = [], boxes = [], reach = Infinity } = options;
  const placed: PlacedLabel[] = [];
  const inside = (b: Box) => b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
  for (const request of requests) {
    search: for (const [ring, em] of RINGS.entries()) {
      if (em > reach) break;
      for (const direction of DIRECTIONS) {
        const c = candidate(request, direction, em * fontSize, fontSize);
        if (!inside(c.box)) continue;
        if (placed.some((p) => boxesOverlap(p.box, c.box))) continue;
        if (boxes.some((b) => boxesOverlap(b, c.box))) continue;
        if (lines.some((line) => polylineHitsBox(line, c.box))) continue;
        // Own anchor: never under the text (the dot or the arcs' meeting point stays visible).
        if (contains(c.box, request.anchor)) continue;
        const [ax, ay] = request.anchor;
        placed.push({
          code: request.code,
          text: request.text,
          x: c.x,
          y: c.y,
          textAnchor: c.textAnchor,
          baseline: c.baseline,
          box: c.box,
          ...(ring > 0 ? { leader: [ax, ay, c.x, c.y] as const } : {}),
        });
        break search;
      }
    }
  }
  return placed;
}
