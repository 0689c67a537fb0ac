/**
 * Building the site for measurements: the real content into dist/, or a synthetic content set (scripts/synthetic.ts)
 * into a temporary folder that is removed afterwards. Used by `npm run bench` (build times, weights) and by the
 * weight gate (the front page built from 100 synthetic deals must stay within its budget).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticContent, type SyntheticSize } from './synthetic.ts';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const BUILD_TIMEOUT_MS = 20 * 60 * 1000;

export interface Build {
  label: string;
  seconds: number;
  pages: number;
  /** Why the build did not finish, if it did not. */
  failure?: string;
}

const countPages = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length;

/** `astro build`, timed; `contentDir`/`outDir` build another content set into another folder. */
export function buildSite(label: string, outDir: string, contentDir?: string): Build {
  console.error(`building ${label}`);
  const env = contentDir ? { ...process.env, SE_CONTENT_DIR: contentDir, SE_OUT_DIR: outDir } : process.env;
  const started = performance.now();
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: BUILD_TIMEOUT_MS,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.error || result.status !== 0) {
    const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    const failure = timedOut
      ? `stopped after ${String(BUILD_TIMEOUT_MS / 60_000)} min`
      : `exit ${String(result.status)}: ${result.stderr.split('\n').slice(-5).join(' ')}`;
    return { label, seconds, pages: 0, failure };
  }
  return { label, seconds, pages: countPages(outDir) };
}

export const syntheticLabel = (size: SyntheticSize) =>
  `${size.deals.toLocaleString('en')} deals / ${(size.deals * size.eventsPerDeal).toLocaleString('en')} events`;

/** Builds a synthetic content set, hands the built folder to `inspect`, then removes everything. */
export function withSyntheticSite<T>(size: SyntheticSize, inspect: (build: Build, dist: string) => T): T {
  const root = mkdtempSync(join(tmpdir(), `se-synthetic-${String(size.deals)}-`));
  try {
    writeSyntheticContent(join(root, 'content'), size);
    const dist = join(root, 'dist');
    return inspect(buildSite(syntheticLabel(size), dist, join(root, 'content')), dist);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
