/**
 * `npm run bench` (not part of `npm test`): builds the real site, measures the page weight and Lighthouse medians of
 * the home page, lead story and a deal page, then times builds of synthetic content sets of growing size in a
 * temporary folder, and prints one Markdown table. Takes a few minutes; run nothing else heavy at the same time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './weight.ts';
import { figureCells, measureLighthouse, PAGES, type PageResult } from './lighthouse.ts';
import { writeSyntheticContent, type SyntheticSize } from './synthetic.ts';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const BUILD_TIMEOUT_MS = 20 * 60 * 1000;
const SIZES: SyntheticSize[] = [
  { deals: 100, eventsPerDeal: 10 },
  { deals: 1000, eventsPerDeal: 10 },
];

interface Build {
  label: string;
  seconds: number;
  pages: number;
  /** Why the build did not finish, if it did not. */
  failure?: string;
}

const countPages = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length;

/** `astro build`, timed; `contentDir`/`outDir` build another content set into another folder. */
function build(label: string, outDir: string, contentDir?: string): Build {
  console.error(`bench: building ${label}`);
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
      ? `stopped after ${BUILD_TIMEOUT_MS / 60_000} min`
      : `exit ${String(result.status)}: ${result.stderr.split('\n').slice(-5).join(' ')}`;
    return { label, seconds, pages: 0, failure };
  }
  return { label, seconds, pages: countPages(outDir) };
}

function syntheticBuild(size: SyntheticSize): Build {
  const root = mkdtempSync(join(tmpdir(), `se-bench-${size.deals}-`));
  try {
    writeSyntheticContent(join(root, 'content'), size);
    const events = (size.deals * size.eventsPerDeal).toLocaleString('en');
    return build(
      `${size.deals.toLocaleString('en')} deals / ${events} events`,
      join(root, 'dist'),
      join(root, 'content'),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function pageRow(result: PageResult): string[] {
  const weight = measure(join(ROOT, 'dist', result.path, 'index.html'));
  const m = result.median;
  return [
    `${result.name} \`${result.path}\``,
    kb(weight.total),
    kb(weight.js),
    ...figureCells(m),
    kb(m.transferBytes),
    '',
  ];
}

function buildRow(item: Build, baseline?: Build): string[] {
  let time = item.failure ? `${item.seconds.toFixed(1)} s (${item.failure})` : `${item.seconds.toFixed(1)} s`;
  if (baseline && !item.failure && !baseline.failure)
    time += ` (×${(item.seconds / baseline.seconds).toFixed(1)} for ×${(item.pages / baseline.pages).toFixed(1)} pages)`;
  return [`build: ${item.label}, ${item.pages.toLocaleString('en')} pages`, ...Array<string>(11).fill(''), time];
}

const real = build('real site', join(ROOT, 'dist'));
if (real.failure) throw new Error(`The real site did not build: ${real.failure}`);
real.label = `real site (${readdirSync(join(ROOT, 'content', 'deals')).length} deals)`;
const lighthouse = await measureLighthouse();
const synthetic = SIZES.map(syntheticBuild);

const header = [
  'page or build',
  'weight KB (gzip)',
  'JS KB',
  'perf',
  'a11y',
  'BP',
  'SEO',
  'FCP',
  'LCP',
  'TBT',
  'CLS',
  'transfer KB',
  'build time',
];
const rows = [
  ...lighthouse.map(pageRow),
  buildRow(real),
  ...synthetic.map((item, i) => buildRow(item, i > 0 ? synthetic[0] : undefined)),
];
console.log(
  `\nLighthouse: medians of 3 mobile runs per page (${PAGES.map((p) => p.name).join(', ')}); weights from dist/\n`,
);
console.log(markdownTable(header, rows));
