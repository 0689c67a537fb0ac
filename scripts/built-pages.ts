/** The HTML pages of a built site, for the checks that read `dist/`. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every `.html` file below `dir`, as file-system paths. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The site path a built file is served at: dist/fr/deals/x/index.html → /fr/deals/x/. */
export function sitePath(dir: string, file: string): string {
  return `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}
