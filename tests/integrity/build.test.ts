// The real `astro build` must stop on an author's mistake, naming the file and the field, and succeed otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedProblem, materializeFixture } from '../helpers/fixtures.ts';

const ASTRO = join(import.meta.dirname, '..', '..', 'node_modules', 'astro', 'bin', 'astro.mjs');

function build(root: string) {
  const outDir = join(root, 'dist');
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, SE_CONTENT_DIR: join(root, 'content'), SE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('astro build', () => {
  it('builds the valid fixture', () => {
    const { status, output, outDir } = build(materializeFixture());
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'stories', 'sample', 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'deals', 'us-rwanda', 'index.html'))).toBe(true);
  });

  it.each(['event-missing-deal', 'mdx-syntax', 'unknown-country'])('stops on %s with file and field', (name) => {
    const expected = expectedProblem(name);
    const { status, output } = build(materializeFixture(name));
    expect(status).not.toBe(0);
    expect(output).toContain(`${expected.file} › ${expected.field}`);
  });
});
