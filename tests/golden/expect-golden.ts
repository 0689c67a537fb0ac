// Golden files for chart layouts: the layout of a fixture, printed as a readable SVG, must match the committed
// file. A mismatch writes `<name>-changed.svg` beside it to compare; `UPDATE_GOLDEN=1` rewrites the golden file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export function expectGolden(name: string, svg: string): void {
  const golden = join(import.meta.dirname, `${name}.svg`);
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, svg);
  expect(existsSync(golden), `no golden file: run UPDATE_GOLDEN=1 npm run test:unit and commit it`).toBe(true);
  const expected = readFileSync(golden, 'utf8');
  if (svg !== expected) writeFileSync(golden.replace(/\.svg$/, '-changed.svg'), svg);
  expect(svg, `layout changed: compare tests/golden/${name}-changed.svg, then rerun with UPDATE_GOLDEN=1`).toBe(
    expected,
  );
}
