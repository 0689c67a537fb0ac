// The real `astro build` must stop on an author's mistake, naming the file and the field, and succeed otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
  it('builds the valid fixture, in every language, saying where a translation is stale or missing', () => {
    const { status, output, outDir } = build(materializeFixture());
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'stories', 'sample', 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'deals', 'us-rwanda', 'index.html'))).toBe(true);
    const read = (...path: string[]) => readFileSync(join(outDir, ...path, 'index.html'), 'utf8');

    // French: the deal is translated, one of its events predates the English (the fixture stamps it with the
    // fingerprint of an older English text), so the page shows the translation under a dated notice.
    const frDeal = read('fr', 'deals', 'us-rwanda');
    expect(frDeal).toMatch(/<h1[^>]*>Accord de test<\/h1>/);
    expect(frDeal).toContain('Un accord a été signé à Kigali.');
    expect(frDeal).toMatch(/class="translation-notice"[\s\S]*Cette traduction date du 15 novembre 2026/);
    expect(frDeal).toContain('href="/deals/us-rwanda/" hreflang="en" lang="en"');
    // A current translation carries no notice.
    expect(read('fr', 'stories', 'sample')).not.toMatch(/<aside class="translation-notice"/);
    expect(read('fr', 'stories', 'sample')).toContain('Première affirmation.');

    // Spanish: nothing is translated, so the English stands in, marked as English, under a notice.
    const esDeal = read('es', 'deals', 'us-rwanda');
    expect(esDeal).toMatch(/<h1 lang="en"[^>]*>Fixture deal<\/h1>/);
    expect(esDeal).toMatch(/class="translation-notice"[\s\S]*aún no se han traducido/);
    const esStory = read('es', 'stories', 'sample');
    expect(esStory).toMatch(/<div class="se-prose body" lang="en"[^>]*>[\s\S]*First claim\./);
    expect(esStory).toContain('Esta página aún no se ha traducido');
  });

  it.each(['event-missing-deal', 'mdx-syntax', 'unknown-country'])('stops on %s with file and field', (name) => {
    const expected = expectedProblem(name);
    const { status, output } = build(materializeFixture(name));
    expect(status).not.toBe(0);
    expect(output).toContain(`${expected.file} › ${expected.field}`);
  });
});
