import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from './content/read.ts';
import { validateContent } from './content/validate.ts';
import {
  fitTransform,
  OG_COLOURS,
  ogCardFor,
  ogImageAlt,
  ogImageKey,
  ogImagePath,
  ogImageSvg,
  textWidth,
  wrapText,
  type OgCard,
} from './og-image.ts';
import { sitePages } from './site-pages.ts';
import { materializeFixture } from '../../tests/helpers/fixtures.ts';
import { parseXml, type XmlElement } from '../../tests/helpers/xml.ts';

const root = materializeFixture();
const dataset = validateContent(readContent(join(root, 'content'), root));
const pages = sitePages(dataset, '2026-11-28');
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no page ${path}`);
  return found;
};

function all(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(all)];
}
const texts = (svg: XmlElement) =>
  all(svg)
    .filter((e) => e.name === 'text')
    .map((e) => e.text + e.children.map((c) => c.text).join('\n'));

describe('ogImageSvg', () => {
  it('is a well-formed 1200×630 SVG whose text survives escaping', () => {
    const card: OgCard = {
      kicker: 'Sent Elsewhere',
      title: 'Fish & <chips> "quoted"',
      dek: "It's < 5 & > 3",
      deals: [],
    };
    const svg = parseXml(ogImageSvg(card));
    expect(svg.name).toBe('svg');
    expect(svg.attributes).toMatchObject({ width: '1200', height: '630', viewBox: '0 0 1200 630' });
    expect(texts(svg)).toEqual(['SENT ELSEWHERE', 'Fish & <chips> "quoted"', "It's < 5 & > 3"]);
  });

  it("draws a deal's arc and status label in its status colour", () => {
    const deal = page('/deals/us-rwanda/');
    const svg = parseXml(ogImageSvg(ogCardFor(deal, dataset)));
    const colour = OG_COLOURS.status.agreed;
    const strokes = all(svg).filter((e) => e.name === 'path' && e.attributes['stroke'] === colour);
    // One arc: its line and its status glyph.
    expect(strokes.length).toBe(2);
    expect(all(svg).some((e) => e.name === 'rect' && e.attributes['fill'] === colour)).toBe(true);
    expect(texts(svg)).toContain('Agreed');
    expect(texts(svg)).toContain('Deportation of non-nationals');
  });

  it("gives a story its standfirst and its deals' arcs", () => {
    const svg = parseXml(ogImageSvg(ogCardFor(page('/stories/sample/'), dataset)));
    expect(texts(svg)).toContain('Used by tests only.');
    expect(all(svg).some((e) => e.attributes['stroke'] === OG_COLOURS.status.agreed)).toBe(true);
  });

  it('draws other pages on a plain map, with no arcs', () => {
    const svg = ogImageSvg(ogCardFor(page('/sources/'), dataset));
    for (const colour of Object.values(OG_COLOURS.status)) expect(svg).not.toContain(`stroke="${colour}"`);
    expect(texts(parseXml(svg))).toContain('Sources');
    expect(svg.match(/<path d=/g)?.length).toBeGreaterThan(100);
  });

  it('has alt text naming the page', () => {
    expect(ogImageAlt(page('/deals/us-rwanda/'))).toContain('Fixture deal');
    expect(ogImageAlt(page('/deals/us-rwanda/'))).toContain('Agreed');
    expect(ogImageAlt(page('/stories/sample/'))).toContain('A fixture story');
    expect(ogImageAlt(page('/'))).toBe(
      'Sent Elsewhere: How rich states pay or persuade other countries to take the people they want to remove, over a world map.',
    );
  });
});

describe('wrapText', () => {
  it('wraps within the width and ends an overflow with an ellipsis', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    const lines = wrapText(text, 300, 30, true, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, 30, true)).toBeLessThanOrEqual(300);
    expect(lines[1]).toMatch(/…$/);
  });

  it('keeps short text on one line, untouched', () => {
    expect(wrapText('Short title', 1000, 50, true, 2)).toEqual(['Short title']);
  });
});

describe('fitTransform', () => {
  it('fits a box inside a region, centred', () => {
    const { scale, x, y } = fitTransform(
      { x: 100, y: 50, width: 200, height: 100 },
      { x: 0, y: 300, width: 1200, height: 300 },
    );
    expect(scale).toBe(3);
    expect(100 * scale + x).toBe(300);
    expect(50 * scale + y).toBe(300);
  });
});

describe('paths and colours', () => {
  it('publishes each card under its page path', () => {
    expect(ogImagePath('/')).toBe('/og/home.png');
    expect(ogImagePath('/deals/us-rwanda/')).toBe('/og/deals/us-rwanda.png');
    expect(ogImageKey('/fr/stories/x/')).toBe('fr/stories/x');
  });

  it('uses the light theme colours of global.css', () => {
    const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'global.css'), 'utf8');
    const light = css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)'));
    const token = (name: string) => new RegExp(`--se-${name}: (#[0-9a-f]{6});`).exec(light)?.[1];
    expect(OG_COLOURS.bg).toBe(token('bg'));
    expect(OG_COLOURS.text).toBe(token('text'));
    expect(OG_COLOURS.accent).toBe(token('accent'));
    for (const [status, colour] of Object.entries(OG_COLOURS.status)) expect(colour).toBe(token(`status-${status}`));
  });
});
