/**
 * `npm run bench` (not part of `npm test`): builds the real site, measures the page weight and Lighthouse medians of
 * the home page, lead story and a deal page, then times builds of synthetic content sets of growing size in a
 * temporary folder, and prints one Markdown table. Takes a few minutes; run nothing else heavy at the same time.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measure, type PageWeight } from './weight.ts';
import { figureCells, measureLighthouse, PAGES, type PageResult } from './lighthouse.ts';
import { buildSite, withSyntheticSite, type Build } from './site-build.ts';
import type { SyntheticSize } from './synthetic.ts';

const ROOT = join(import.meta.dirname, '..');
const SIZES: SyntheticSize[] = [
  { deals: 100, eventsPerDeal: 10 },
  { deals: 1000, eventsPerDeal: 10 },
];

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

/** A build's row; for a synthetic build, the weight columns hold its front page's weight. */
function buildRow(item: Build & { home?: PageWeight }, baseline?: Build): string[] {
  let time = item.failure ? `${item.seconds.toFixed(1)} s (${item.failure})` : `${item.seconds.toFixed(1)} s`;
  if (baseline && !item.failure && !baseline.failure)
    time += ` (×${(item.seconds / baseline.seconds).toFixed(1)} for ×${(item.pages / baseline.pages).toFixed(1)} pages)`;
  const home = item.home ? [`home ${kb(item.home.total)}`, kb(item.home.js)] : ['', ''];
  return [
    `build: ${item.label}, ${item.pages.toLocaleString('en')} pages`,
    ...home,
    ...Array<string>(9).fill(''),
    time,
  ];
}

const real = buildSite('real site', join(ROOT, 'dist'));
if (real.failure) throw new Error(`The real site did not build: ${real.failure}`);
real.label = `real site (${readdirSync(join(ROOT, 'content', 'deals')).length} deals)`;
const lighthouse = await measureLighthouse();
// Each synthetic set is built, its front page weighed, then deleted.
const synthetic = SIZES.map((size) =>
  withSyntheticSite(size, (build, dist): Build & { home?: PageWeight } =>
    build.failure ? build : { ...build, home: measure(join(dist, 'index.html'), dist) },
  ),
);

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
