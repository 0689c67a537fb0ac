/**
 * Status glyphs: the same five shapes as the status badges, as SVG path data, drawn at the middle of each map arc.
 * Kept apart from layout.ts so the browser can redraw a glyph (time travel) without loading the world geometry.
 */
import type { DealStatus } from '../../schemas/vocabulary.ts';

/** Marks shrink with the crop's unit, so small ones keep two decimals. */
const round2 = (n: number) => Math.round(n * 100) / 100;

export function statusGlyph(
  status: DealStatus,
  [x, y]: readonly [number, number],
  unit: number,
): { d: string; filled: boolean } {
  const r = round2(4.5 * unit);
  const n = (v: number) => String(round2(v));
  const p = (px: number, py: number) => `${n(px)},${n(py)}`;
  const circle = `M${p(x - r, y)}a${n(r)},${n(r)} 0 1,0 ${n(2 * r)},0a${n(r)},${n(r)} 0 1,0 ${n(-2 * r)},0Z`;
  const bar = (left: number) => `M${p(left, y - r)}h${n(r * 0.6)}v${n(2 * r)}h${n(-r * 0.6)}Z`;
  switch (status) {
    case 'talks':
      return { d: circle, filled: false };
    case 'active':
      return { d: circle, filled: true };
    case 'agreed':
      return { d: `M${p(x, y - r)}L${p(x + r, y + r * 0.8)}L${p(x - r, y + r * 0.8)}Z`, filled: true };
    case 'suspended':
      return { d: bar(x - r * 0.9) + bar(x + r * 0.3), filled: true };
    case 'ended':
      return { d: `M${p(x - r * 0.8, y - r * 0.8)}h${n(1.6 * r)}v${n(1.6 * r)}h${n(-1.6 * r)}Z`, filled: false };
  }
}
