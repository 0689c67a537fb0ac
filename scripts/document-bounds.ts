/**
 * Nothing outside the document element: every built page starts with `<!doctype html>` followed by `<html`, and
 * ends with `</html>`. html-validate does not report a script, text or comment after `</html>` (browsers move it
 * into <body> and carry on), so this check does. It reports every page and problem, not just the first.
 * `node scripts/document-bounds.ts [dir]` (default dist/).
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { htmlFiles } from './built-pages.ts';

/** What stands outside `<html>…</html>` in one document, as short descriptions (empty when the page is sound). */
export function outsideDocument(html: string): string[] {
  const problems: string[] = [];
  const doctype = /^<!doctype html>/i.exec(html);
  if (!doctype) {
    const first = html.trimStart().slice(0, 40);
    problems.push(`does not start with <!doctype html> (starts with ${JSON.stringify(first)})`);
  }
  const afterDoctype = html.slice(doctype ? doctype[0].length : 0);
  const before = afterDoctype.slice(0, Math.max(0, afterDoctype.search(/<html[\s>]/i)));
  if (afterDoctype.search(/<html[\s>]/i) < 0) problems.push('has no <html> element');
  else if (before.trim() !== '') problems.push(`has ${JSON.stringify(before.trim().slice(0, 60))} before <html>`);
  const close = html.toLowerCase().lastIndexOf('</html>');
  if (close < 0) problems.push('has no </html>');
  else {
    const after = html.slice(close + '</html>'.length);
    if (after.trim() !== '') problems.push(`has ${JSON.stringify(after.trim().slice(0, 60))} after </html>`);
  }
  return problems;
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  const pages = htmlFiles(dir);
  const problems = pages.flatMap((page) =>
    outsideDocument(readFileSync(page, 'utf8')).map((p) => `/${relative(dir, page).split(sep).join('/')} ${p}`),
  );
  if (problems.length > 0) {
    console.error(`Content outside the document element (${problems.length}):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`document bounds: ${pages.length} pages, nothing outside <html>`);
}
