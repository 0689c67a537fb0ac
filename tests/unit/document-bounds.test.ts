// The HTML check must see what html-validate does not: anything outside the document element.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outsideDocument } from '../../scripts/document-bounds.ts';

const sound = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>x</p></body></html>\n';

describe('outsideDocument', () => {
  it('accepts a page with only white space outside <html>', () => {
    expect(outsideDocument(sound)).toEqual([]);
  });

  it.each([
    ['a script after </html>', sound.trimEnd() + '<script type="module" src="/a.js"></script>', /after <\/html>/],
    ['text after </html>', sound + 'stray words', /after <\/html>/],
    ['a comment after </html>', sound + '<!-- trailing -->', /after <\/html>/],
    ['a comment before the doctype', '<!-- leading -->' + sound, /does not start with <!doctype html>/],
    ['text between the doctype and <html>', sound.replace('<html', 'oops<html'), /"oops" before <html>/],
    ['a missing </html>', sound.replace('</html>', ''), /has no <\/html>/],
  ])('reports %s', (_name, html, message) => {
    expect(outsideDocument(html).join('\n')).toMatch(message);
  });
});

describe('npm run test:html', () => {
  it('fails on a deliberately bad page and names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bounds-'));
    mkdirSync(join(dir, 'search'));
    writeFileSync(join(dir, 'index.html'), sound);
    writeFileSync(join(dir, 'search', 'index.html'), sound.trimEnd() + '<script src="/x.js"></script>');
    const run = spawnSync(process.execPath, ['scripts/document-bounds.ts', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/search/index.html has "<script src=\\"/x.js\\"></script>" after </html>');
    expect(run.stderr.split('\n').filter((line) => line.trim().startsWith('/index.html'))).toEqual([]);
  });

  it('runs the bounds check after html-validate', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['test:html']).toContain('scripts/document-bounds.ts');
  });
});
