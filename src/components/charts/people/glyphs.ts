/**
 * How a people count's qualifier is drawn round its dot, in px around (0,0): an arrow up the scale for a floor
 * ("at least": the true count may be higher), an arrow down it for a ceiling ("up to"), waves on both sides for an
 * estimate ("about"), nothing for an exact count. `axis` is the direction counts grow: x on the dot chart (to the
 * right), y on the step chart (up).
 */
import { ARROW, GLYPH_R, type Qualifier } from './layout.ts';

export const QUALIFIERS: readonly Qualifier[] = ['exact', 'at-least', 'about', 'up-to'];

export function qualifierGlyph(qualifier: Qualifier, axis: 'x' | 'y'): string {
  // u runs along the axis (towards larger counts), v across it.
  const p = (u: number, v: number) => (axis === 'x' ? `${String(u)},${String(v)}` : `${String(v)},${String(-u)}`);
  const a = GLYPH_R + 1.5;
  const b = GLYPH_R + ARROW;
  const arrow = (s: 1 | -1) =>
    `M${p(s * a, 0)}L${p(s * b, 0)}M${p(s * (b - 4), -3.5)}L${p(s * b, 0)}L${p(s * (b - 4), 3.5)}`;
  const wave = (s: 1 | -1) => `M${p(s * a, 0)}q${p(s * 1.75, -3.5)} ${p(s * 3.5, 0)}t${p(s * 3.5, 0)}`;
  switch (qualifier) {
    case 'at-least':
      return arrow(1);
    case 'up-to':
      return arrow(-1);
    case 'about':
      return wave(1) + wave(-1);
    case 'exact':
      return '';
  }
}
