/**
 * Arc geometry: one quadratic curve per sender–receiver pair, fanned out per sender so that arcs leaving one
 * country part at distinct bearings (the sender's label and each arc's start stay readable), with an arrowhead at
 * the receiving end. Pure; the map layout and the link-preview images share it.
 */
import { ascending, groups } from 'd3-array';
import { pathRound } from 'd3-path';
import { round1, type Point } from './projection.ts';

export interface ArcInput {
  readonly from: string;
  readonly to: string;
  readonly a: Point;
  readonly b: Point;
}

export interface ArcGeometry extends ArcInput {
  readonly control: Point;
  /** The middle of the curve, where the status glyph sits. */
  readonly mid: Point;
  /** Path data: M a Q control b, one decimal. */
  readonly d: string;
}

const DEGREE = Math.PI / 180;
/** The bow an arc takes on its own: about 22° off the chord, to the north side. */
const NATURAL_BOW = 22 * DEGREE;
/** Arcs from one sender leave at least this far apart (less when a sender has very many arcs). */
const MIN_SPREAD = 9 * DEGREE;
/** No arc bows further off its chord than this. */
const MAX_BOW = 60 * DEGREE;

const wrap = (angle: number) => Math.atan2(Math.sin(angle), Math.cos(angle));

/** The point of the quadratic a–c–b at parameter t. */
export function quadraticAt(a: Point, c: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]];
}

/** Points along the curve's first `length` units from its start (its start included), about `step` apart. */
export function arcStart(arc: Pick<ArcGeometry, 'a' | 'b' | 'control'>, length: number, step: number): Point[] {
  const points: Point[] = [arc.a];
  let travelled = 0;
  let previous = arc.a;
  for (let t = 0.0025; t <= 1 && travelled < length; t += 0.0025) {
    const p = quadraticAt(arc.a, arc.control, arc.b, t);
    travelled += Math.hypot(p[0] - previous[0], p[1] - previous[1]);
    if (Math.hypot(p[0] - (points.at(-1)?.[0] ?? 0), p[1] - (points.at(-1)?.[1] ?? 0)) >= step) points.push(p);
    previous = p;
  }
  points.push(previous);
  return points;
}

/** A filled arrowhead at the receiving end, so that direction reads without colour. */
export function arrowhead({ control, b: tip }: Pick<ArcGeometry, 'control' | 'b'>, size: number): string {
  const dx = tip[0] - control[0];
  const dy = tip[1] - control[1];
  const length = Math.hypot(dx, dy) || 1;
  // Never longer than a third of the arc's last leg: short arcs keep a visible line (an inset for short arcs).
  const s = Math.min(size, length / 3);
  const ux = dx / length;
  const uy = dy / length;
  const baseX = tip[0] - ux * s;
  const baseY = tip[1] - uy * s;
  const half = s * 0.45;
  const path = pathRound(2);
  path.moveTo(tip[0], tip[1]);
  path.lineTo(baseX - uy * half, baseY + ux * half);
  path.lineTo(baseX + uy * half, baseY - ux * half);
  path.closePath();
  return path.toString();
}

/**
 * Departure angles for the arcs of one sender: each starts at its natural bow (north of its chord), then arcs
 * closer than MIN_SPREAD are pushed apart, keeping the group's mean, so a bundle towards one continent opens into
 * a fan. Arcs to the same receiver (several deals) get distinct angles the same way.
 */
function fan(chords: readonly number[]): number[] {
  const natural = chords.map((bearing) => {
    // North side of the chord: of the two normals, the one pointing up on screen (negative y).
    const side = Math.cos(bearing) >= 0 ? -1 : 1;
    return bearing + side * NATURAL_BOW;
  });
  if (natural.length < 2) return natural;
  const spread = Math.min(MIN_SPREAD, (2 * MAX_BOW) / natural.length);
  // Group arcs closer than `spread` and lay each group out evenly around its mean; groups that then touch merge,
  // until every neighbour is at least `spread` away (d3-force's collide, in one dimension).
  let groups = natural.map((angle, i) => ({ angle, members: [i] })).sort((p, q) => ascending(p.angle, q.angle));
  const width = (n: number) => (n - 1) * spread;
  for (let merged = true; merged;) {
    merged = false;
    for (let g = 1; g < groups.length; g += 1) {
      const left = groups[g - 1];
      const right = groups[g];
      if (!left || !right) continue;
      const gap = right.angle - width(right.members.length) / 2 - (left.angle + width(left.members.length) / 2);
      if (gap < spread - 1e-9) {
        const members = [...left.members, ...right.members];
        const angle = (left.angle * left.members.length + right.angle * right.members.length) / members.length;
        groups = [...groups.slice(0, g - 1), { angle, members }, ...groups.slice(g + 1)];
        merged = true;
        break;
      }
    }
  }
  const out = [...natural];
  for (const group of groups) {
    const members = [...group.members].sort((p, q) => ascending(natural[p], natural[q]));
    members.forEach((i, k) => {
      out[i] = group.angle + (k - (members.length - 1) / 2) * spread;
    });
  }
  return out;
}

/** Lays out arcs: fanned per sender, each a symmetric quadratic whose start leaves at its fanned angle. */
export function layoutArcs<T extends ArcInput>(arcs: readonly T[]): (T & ArcGeometry)[] {
  const out = new Array<T & ArcGeometry>(arcs.length);
  const bySender = groups(
    arcs.map((arc, i) => ({ arc, i })),
    (item) => item.arc.from,
  );
  for (const [, items] of bySender) {
    const chords = items.map(({ arc }) => Math.atan2(arc.b[1] - arc.a[1], arc.b[0] - arc.a[0]));
    const angles = fan(chords);
    items.forEach(({ arc, i }, k) => {
      const { a, b } = arc;
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
      const chord = chords[k] ?? 0;
      const bow = Math.max(-MAX_BOW, Math.min(MAX_BOW, wrap((angles[k] ?? chord) - chord)));
      // The control point lies on the chord's perpendicular bisector, `height` off the chord.
      const height = (length / 2) * Math.tan(bow);
      const nx = -Math.sin(chord);
      const ny = Math.cos(chord);
      const control: Point = [(a[0] + b[0]) / 2 + nx * height, (a[1] + b[1]) / 2 + ny * height];
      const mid = quadraticAt(a, control, b, 0.5);
      const path = pathRound(1);
      path.moveTo(a[0], a[1]);
      path.quadraticCurveTo(control[0], control[1], b[0], b[1]);
      out[i] = {
        ...arc,
        control,
        mid: [round1(mid[0]), round1(mid[1])],
        d: path.toString(),
      };
    });
  }
  return out;
}
