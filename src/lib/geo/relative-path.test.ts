import { describe, expect, it } from 'vitest';
import { toRelativePath } from './relative-path.ts';

/** Reads relative path data back into absolute points, the way a browser would. */
function absolutePoints(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (command === 'z') {
      x = startX;
      y = startY;
      continue;
    }
    const numbers = (args ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    for (let i = 0; i < numbers.length; i += 2) {
      x += numbers[i] ?? 0;
      y += numbers[i + 1] ?? 0;
      if (command === 'm' && i === 0) {
        startX = x;
        startY = y;
        rings.push([]);
      }
      rings.at(-1)?.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return rings;
}

describe('toRelativePath', () => {
  it('converts absolute M/L/Z to relative commands with implicit line-tos', () => {
    expect(toRelativePath('M10,10L20,10L20,20Z')).toBe('m10 10 10 0 0 10z');
    expect(toRelativePath('M10,10L5,8Z')).toBe('m10 10-5-2z');
  });

  it('keeps every point within half a decimal of the original, with no drift', () => {
    const points: [number, number][] = Array.from({ length: 500 }, (_, i) => [
      100 + 50 * Math.cos(i / 10) + i * 0.013,
      80 + 40 * Math.sin(i / 7) - i * 0.011,
    ]);
    const d = `M${points.map(([px, py]) => `${px},${py}`).join('L')}Z`;
    const [ring] = absolutePoints(toRelativePath(d));
    expect(ring).toHaveLength(points.length);
    ring?.forEach(([rx, ry], i) => {
      expect(Math.abs(rx - (points[i]?.[0] ?? 0))).toBeLessThanOrEqual(0.0501);
      expect(Math.abs(ry - (points[i]?.[1] ?? 0))).toBeLessThanOrEqual(0.0501);
    });
  });

  it('starts each ring with m relative to the end of the previous ring', () => {
    expect(toRelativePath('M0,0L10,0L10,10ZM20,20L30,20Z')).toBe('m0 0 10 0 0 10zm20 20 10 0z');
  });
});
