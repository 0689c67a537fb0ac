/**
 * Page weight from dist/: for every page, the gzipped bytes of the HTML and of everything fetched on load —
 * stylesheets, scripts with their whole static and dynamic import graph (chart enhancements load as soon as a chart
 * is near the viewport, so they count), files referenced by <use href> (the basemap) and fonts. Fails over budget.
 * `node scripts/weight.ts [--json]`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { syntheticLabel, withSyntheticSite } from './site-build.ts';

const DIST = 'dist';
const KB = 1024;

/**
 * Budgets in KB (gzip). The front page has the same budget when built from 100 synthetic deals with 1,000 events
 * (checked here on every run): its cost must not grow with the record.
 */
export const BUDGETS = {
  home: { total: 90, js: 30 },
  story: { total: 70 },
  any: { total: 100 },
} as const;
export const SYNTHETIC_HOME = { deals: 100, eventsPerDeal: 10 } as const;

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function htmlPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function toFile(url: string, from: string, dist: string): string | undefined {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
  const clean = url.split(/[?#]/)[0] ?? '';
  const path = clean.startsWith('/') ? join(dist, clean) : join(from, clean);
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** A script and every module it imports, statically or dynamically. */
function scriptGraph(entry: string, seen: Set<string>, dist: string): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const dir = posix.dirname(relative(dist, entry).split(sep).join('/'));
  for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
    const target = match[1] ?? '';
    const path = target.startsWith('/') ? join(dist, target) : join(dist, posix.normalize(posix.join(dir, target)));
    if (existsSync(path)) scriptGraph(path, seen, dist);
  }
}

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

/** One page's weight; `dist` is the built site's folder, for a synthetic build elsewhere. */
export function measure(file: string, dist = DIST): PageWeight {
  const html = readFileSync(file, 'utf8');
  const from = join(file, '..');
  const files = (pattern: RegExp) => [
    ...new Set(
      [...html.matchAll(pattern)]
        .map((m) => toFile(m[1] ?? '', from, dist))
        .filter((p): p is string => p !== undefined),
    ),
  ];
  const css = files(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g);
  const scripts = new Set<string>();
  for (const entry of files(/<script[^>]+src="([^"]+)"/g)) scriptGraph(entry, scripts, dist);
  const other = [
    ...files(/<use[^>]+href="([^"#]+)#/g),
    ...files(/<link[^>]+rel="(?:preload|icon)"[^>]*href="([^"]+\.woff2?)"/g),
  ];
  const sum = (paths: Iterable<string>) => [...paths].reduce((n, p) => n + gz(p), 0);
  const weight = { html: gz(file), css: sum(css), js: sum(scripts), other: sum(other) };
  const page =
    '/' +
    relative(dist, file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '');
  return { page, ...weight, total: weight.html + weight.css + weight.js + weight.other };
}

function problems(weight: PageWeight): string[] {
  const out: string[] = [];
  const over = (what: string, value: number, budget: number) => {
    if (value > budget * KB) out.push(`${weight.page}: ${what} ${(value / KB).toFixed(1)} KB > ${budget} KB`);
  };
  over('total', weight.total, BUDGETS.any.total);
  // Every language's edition is held to the same budgets.
  if (/^\/((fr|es)\/)?$/.test(weight.page)) {
    over('total', weight.total, BUDGETS.home.total);
    over('JavaScript', weight.js, BUDGETS.home.js);
  }
  if (/^\/((fr|es)\/)?stories\/[^/]+\/$/.test(weight.page)) over('total', weight.total, BUDGETS.story.total);
  return out;
}

/** Every built page's weight, sorted by path. */
export function measureAll(): PageWeight[] {
  return htmlPages()
    .map((file) => measure(file))
    .sort((a, b) => a.page.localeCompare(b.page));
}

// Run as a script (not when the bench imports measure()).
if (import.meta.main) {
  const kb = (n: number) => (n / KB).toFixed(1).padStart(6);
  const weights = measureAll();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(weights, null, 2));
  } else {
    console.log('page'.padEnd(48) + '  html    css     js  other  total (KB, gzip)');
    for (const w of weights)
      console.log(`${w.page.padEnd(48)}${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.other)} ${kb(w.total)}`);
  }
  const failures = weights.flatMap(problems);
  // The front page of a record of 100 deals and 1,000 events, built from synthetic content.
  const synthetic = withSyntheticSite(SYNTHETIC_HOME, (build, dist) => {
    if (build.failure) throw new Error(`The synthetic site did not build: ${build.failure}`);
    return measure(join(dist, 'index.html'), dist);
  });
  const label = syntheticLabel(SYNTHETIC_HOME);
  console.log(
    `\nhome built from ${label}: ${kb(synthetic.total).trim()} KB, of which JS ${kb(synthetic.js).trim()} KB`,
  );
  failures.push(...problems({ ...synthetic, page: '/' }).map((p) => `${p} (built from ${label})`));
  if (failures.length > 0) {
    console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    `\nweight: ${String(weights.length)} pages within budget (home ≤ ${String(BUDGETS.home.total)} KB with ≤ ${String(BUDGETS.home.js)} KB JS, also when built from ${label}; stories ≤ ${String(BUDGETS.story.total)} KB, every page ≤ ${String(BUDGETS.any.total)} KB)`,
  );
}
