/**
 * Internal links in dist/: every local href or src (pages, data files, scripts, styles, <use> references) must
 * point at a file that exists, and every #fragment at an element with that id. Links to other sites are not
 * fetched (there is no network here); they are counted. `node scripts/links.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = 'dist';

function files(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
    ids.set(file, set);
  }
  return set;
}

function resolveTarget(url: string, page: string): string | undefined {
  const path = url.split(/[?#]/)[0] ?? '';
  if (path === '') return page;
  const base = path.startsWith('/') ? join(DIST, path) : join(page, '..', path);
  if (existsSync(base) && statSync(base).isFile()) return base;
  const index = join(base, 'index.html');
  return existsSync(index) ? index : undefined;
}

const broken: string[] = [];
let checked = 0;
let external = 0;
for (const page of files().filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(page, 'utf8');
  const name = '/' + relative(DIST, page).split(sep).join('/');
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const url = (match[1] ?? '').replaceAll('&amp;', '&');
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
      external += 1;
      continue;
    }
    checked += 1;
    const target = resolveTarget(url, page);
    if (!target) {
      broken.push(`${name}: ${url} (no such file)`);
      continue;
    }
    const fragment = url.includes('#') ? decodeURIComponent(url.slice(url.indexOf('#') + 1)) : '';
    if (fragment && !idsOf(target).has(fragment)) broken.push(`${name}: ${url} (no element with id "${fragment}")`);
  }
}

if (broken.length > 0) {
  console.error(`Broken internal links (${broken.length}):\n  ${broken.slice(0, 50).join('\n  ')}`);
  process.exit(1);
}
console.log(`links: ${checked} internal links and fragments OK (${external} external links not fetched)`);
