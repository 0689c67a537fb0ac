/**
 * SVG path data in relative commands with one decimal: about half the bytes of d3's absolute output
 * (measured on this project: 25 KB against 44 KB gzipped for the 110m world in Equal Earth at 960 px). Rounding is applied to absolute
 * positions before taking differences, so errors never accumulate along a ring.
 */

const COMMAND = /([MLZ])([^MLZ]*)/gi;

const round = (n: number) => Math.round(n * 10) / 10;

function format(n: number): string {
  const s = String(round(n));
  return s === '-0' ? '0' : s;
}

/** Appends a number, with a space only where the previous token would otherwise run into it. */
function append(out: string, n: string): string {
  const last = out.at(-1) ?? '';
  return /[a-z]/.test(last) || n.startsWith('-') ? out + n : `${out} ${n}`;
}

/**
 * Converts path data made of M, L and Z commands (what d3-geo emits for polygons and lines) to m and z with
 * implicit relative line-tos, which is what browsers read after an `m`.
 */
export function toRelativePath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command = '', args = ''] of d.matchAll(COMMAND)) {
    const upper = command.toUpperCase();
    if (upper === 'Z') {
      out += 'z';
      x = startX;
      y = startY;
      continue;
    }
    const numbers = args
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const nx = round(numbers[i] ?? 0);
      const ny = round(numbers[i + 1] ?? 0);
      if (upper === 'M' && i === 0) {
        out += 'm';
        startX = nx;
        startY = ny;
      } else if (out.endsWith('z') || out === '') {
        out += 'l';
      }
      out = append(out, format(nx - x));
      out = append(out, format(ny - y));
      x = nx;
      y = ny;
    }
  }
  return out;
}
