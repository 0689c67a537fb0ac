/**
 * Rasterises an Open Graph card (see og-image.ts) to PNG at build time: resvg draws the SVG with the DejaVu Sans
 * files from the dejavu-fonts-ttf package (never system fonts, so every machine draws the same image), then UPNG
 * reduces it to a 64-colour palette, which keeps a card around 40 KB without visible loss on flat colours.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import UPNG from 'upng-js';
import { OG_FONT_FAMILY } from './og-image.ts';

const PALETTE_COLOURS = 64;

function fontFiles(): string[] {
  // Resolved from the project root, not from this module: at build time it runs from a bundled chunk elsewhere.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')];
}

export function rasterise(svg: string): Uint8Array<ArrayBuffer> {
  const image = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: OG_FONT_FAMILY },
  }).render();
  const rgba = new Uint8Array(image.pixels).buffer;
  return new Uint8Array(UPNG.encode([rgba], image.width, image.height, PALETTE_COLOURS));
}
