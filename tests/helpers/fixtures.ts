/** Builds a content folder for a test: the valid fixture, with a broken fixture's files laid over it. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface ExpectedProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

export function brokenFixtureNames(): string[] {
  return readdirSync(join(FIXTURES, 'broken')).sort();
}

export function expectedProblem(name: string): ExpectedProblem {
  return JSON.parse(readFileSync(join(FIXTURES, 'broken', name, 'expected.json'), 'utf8')) as ExpectedProblem;
}

/** A fresh temporary root holding `content/`: the valid fixture, overlaid by `broken/<name>/content` if given. */
export function materializeFixture(name?: string): string {
  const root = mkdtempSync(join(tmpdir(), `se-fixture-${name ?? 'valid'}-`));
  cpSync(join(FIXTURES, 'valid', 'content'), join(root, 'content'), { recursive: true });
  if (name) {
    const overlay = join(FIXTURES, 'broken', name, 'content');
    if (!existsSync(overlay)) throw new Error(`Fixture ${name} has no content/ folder`);
    cpSync(overlay, join(root, 'content'), { recursive: true });
  }
  return root;
}
