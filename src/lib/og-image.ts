/**
 * Link-preview images (Open Graph, Twitter): a 1200×630 card per page, composed here as SVG and rasterised at build
 * by src/pages/og/[...key].png.ts. Pure: no fonts are read here, so text widths are estimated from a table of
 * DejaVu Sans advances (the font the rasteriser is given) and wrapped with a margin to spare.
 */
import { arrowhead } from './geo/arcs.ts';
import { statusGlyph } from './geo/glyphs.ts';
import { countryMarks, dealArcs, focusViewBox, type MapDeal } from './geo/map.ts';
import { basemapPaths, worldFrame, type ViewBox } from './geo/projection.ts';
import type { DealStatus } from '../schemas/deal.ts';
import type { Dataset } from './content/records.ts';
import { findDeal } from './dataset.ts';
import { escapeXml } from './feeds.ts';
import type { SitePage } from './site-pages.ts';
import { t } from '../i18n/ui.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The family name inside the font files handed to the rasteriser. */
export const OG_FONT_FAMILY = 'DejaVu Sans';

/** The light theme's colours from src/styles/global.css (an image cannot read CSS variables; a test compares). */
export const OG_COLOURS = {
  bg: '#fbfaf7',
  surface: '#f1eee7',
  text: '#1b1b1b',
  muted: '#595650',
  rule: '#d6d1c6',
  accent: '#a3261b',
  status: {
    talks: '#5c6b7a',
    agreed: '#9a6200',
    active: '#b3261e',
    suspended: '#6b4fa0',
    ended: '#3f3f3f',
  } satisfies Record<DealStatus, string>,
} as const;

export interface OgCard {
  /** Small capitals above the title: the site name. */
  readonly kicker: string;
  readonly title: string;
  /** A story's standfirst; at most two lines are shown. */
  readonly dek?: string | undefined;
  /** A deal's status, shown as a coloured label with a line of detail after it. */
  readonly status?: { readonly status: DealStatus; readonly label: string; readonly detail: string } | undefined;
  /** Deals whose arcs are drawn in their status colour, the map cropped to them; none gives a plain world map. */
  readonly deals: readonly MapDeal[];
}

// Advance widths in em of DejaVu Sans (regular, bold), by character class; unknown characters count as wide.
const NARROW = `iljtfrI.,:;!'|()[]{} `;
const WIDE = 'mwMW@%&—';
function charWidth(char: string, bold: boolean): number {
  let em: number;
  if (NARROW.includes(char)) em = char === ' ' ? 0.32 : 0.36;
  else if (WIDE.includes(char)) em = 1.0;
  else if (/[A-Z]/.test(char)) em = 0.74;
  else if (/[a-z0-9]/.test(char)) em = 0.62;
  else if (/[-–‘’“”"]/.test(char)) em = 0.48;
  else em = 0.8;
  return bold ? em * 1.08 : em;
}

export function textWidth(text: string, fontSize: number, bold: boolean): number {
  let em = 0;
  for (const char of text) em += charWidth(char, bold);
  return em * fontSize;
}

/** Greedy word wrap into at most `maxLines`; text that does not fit ends in an ellipsis on the last line. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold: boolean, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let index = 0;
  for (; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    line = '';
    index = words.length;
  }
  if (index < words.length) {
    let last = lines.pop() ?? '';
    while (last.includes(' ') && textWidth(`${last}…`, fontSize, bold) > maxWidth) {
      last = last.slice(0, last.lastIndexOf(' '));
    }
    lines.push(`${last.replace(/[\s,;:.–-]+$/, '')}…`);
  }
  return lines;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Scale and offset that fit `box` inside `region`, centred: the map's transform. */
export function fitTransform(box: ViewBox, region: ViewBox): { scale: number; x: number; y: number } {
  const scale = Math.min(region.width / box.width, region.height / box.height);
  return {
    scale: round3(scale),
    x: round1(region.x + (region.width - box.width * scale) / 2 - box.x * scale),
    y: round1(region.y + (region.height - box.height * scale) / 2 - box.y * scale),
  };
}

const MARGIN = 64;
const TITLE_SIZE = 54;
const TITLE_SIZE_LONG = 44;
const DEK_SIZE = 26;

function textLines(lines: readonly string[], x: number, y: number, lineHeight: number, attributes: string): string {
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeXml(line)}</tspan>`);
  return `<text ${attributes}>${spans.join('')}</text>`;
}

export function ogImageSvg(card: OgCard): string {
  const width = OG_WIDTH - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN + 22;
  parts.push(
    `<text x="${MARGIN}" y="${y}" font-size="24" font-weight="700" letter-spacing="3" fill="${OG_COLOURS.accent}">${escapeXml(card.kicker.toUpperCase())}</text>`,
  );
  y += 24;

  let titleSize = TITLE_SIZE;
  let title = wrapText(card.title, width, titleSize, true, 2);
  if (title.at(-1)?.endsWith('…')) {
    titleSize = TITLE_SIZE_LONG;
    title = wrapText(card.title, width, titleSize, true, 3);
  }
  const titleLine = Math.round(titleSize * 1.15);
  y += titleLine;
  parts.push(
    textLines(title, MARGIN, y, titleLine, `font-size="${titleSize}" font-weight="700" fill="${OG_COLOURS.text}"`),
  );
  y += (title.length - 1) * titleLine;

  if (card.dek) {
    const dek = wrapText(card.dek, width, DEK_SIZE, false, 2);
    const dekLine = Math.round(DEK_SIZE * 1.35);
    y += dekLine + 8;
    parts.push(textLines(dek, MARGIN, y, dekLine, `font-size="${DEK_SIZE}" fill="${OG_COLOURS.muted}"`));
    y += (dek.length - 1) * dekLine;
  }

  if (card.status) {
    const colour = OG_COLOURS.status[card.status.status];
    const labelWidth = Math.ceil(textWidth(card.status.label, 24, true)) + 32;
    y += 26;
    parts.push(
      `<rect x="${MARGIN}" y="${y}" width="${labelWidth}" height="40" rx="6" fill="${colour}"/>`,
      `<text x="${MARGIN + 16}" y="${y + 28}" font-size="24" font-weight="700" fill="#ffffff">${escapeXml(card.status.label)}</text>`,
      `<text x="${MARGIN + labelWidth + 16}" y="${y + 28}" font-size="24" fill="${OG_COLOURS.muted}">${escapeXml(card.status.detail)}</text>`,
    );
    y += 40;
  }

  const mapTop = Math.min(y + 28, OG_HEIGHT - 220);
  const region: ViewBox = { x: 0, y: mapTop, width: OG_WIDTH, height: OG_HEIGHT - mapTop };
  parts.push(mapSvg(card.deals, region));

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${OG_FONT_FAMILY}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${OG_COLOURS.bg}"/>` +
    parts.join('') +
    `<rect y="${OG_HEIGHT - 10}" width="${OG_WIDTH}" height="10" fill="${OG_COLOURS.accent}"/>` +
    `</svg>`
  );
}

/** The world in the site's Equal Earth frame, cropped to the deals (or whole), filling the region below the text. */
function mapSvg(deals: readonly MapDeal[], region: ViewBox): string {
  const dealsArcs = dealArcs(deals);
  const { width: frameWidth, height: frameHeight } = worldFrame();
  const viewBox =
    deals.length > 0 ? focusViewBox(deals, dealsArcs) : { x: 0, y: 0, width: frameWidth, height: frameHeight };
  const unit = viewBox.width / frameWidth;
  const layout = { viewBox, unit: Math.round(unit * 1000) / 1000, ...countryMarks(deals, unit) };
  // Leave a little air between the crop and the region's edges so arrowheads are not clipped.
  const inset: ViewBox = { x: region.x + 24, y: region.y + 12, width: region.width - 48, height: region.height - 36 };
  const { scale, x, y } = fitTransform(layout.viewBox, inset);
  const px = (n: number) => round3(n / scale);
  const { countries } = basemapPaths();
  const land = countries.map((c) => `<path d="${c.d}"/>`).join('');
  const highlighted = layout.countries.map((c) => `<path d="${c.d}"/>`).join('');
  const points = layout.points.map((p) => `<circle cx="${p.x}" cy="${p.y}" r="${px(5)}"/>`).join('');
  const arcs = dealsArcs
    .map((arc) => {
      const { status } = arc.deal;
      const colour = OG_COLOURS.status[status];
      const arrow = arrowhead(arc, 9 * unit);
      const glyph = statusGlyph(status, arc.mid, 1.8 / scale);
      return (
        `<path d="${arc.d}" fill="none" stroke="${OG_COLOURS.bg}" stroke-width="${px(7)}" stroke-linecap="round"/>` +
        `<path d="${arc.d}" fill="none" stroke="${colour}" stroke-width="${px(3.5)}" stroke-linecap="round"/>` +
        `<path d="${arrow}" fill="${colour}" transform="${arrowScale(arrow, layout.unit, scale)}"/>` +
        `<path d="${glyph.d}" fill="${glyph.filled ? colour : OG_COLOURS.bg}" stroke="${colour}" stroke-width="${px(2)}"/>`
      );
    })
    .join('');
  return (
    `<defs><clipPath id="map-region"><rect x="${region.x}" y="${region.y}" width="${region.width}" height="${region.height}"/></clipPath></defs>` +
    `<g clip-path="url(#map-region)"><g transform="translate(${x} ${y}) scale(${scale})">` +
    `<g fill="${OG_COLOURS.surface}" stroke="${OG_COLOURS.rule}" stroke-width="${px(1)}" stroke-linejoin="round">${land}</g>` +
    `<g fill="${OG_COLOURS.rule}" stroke="${OG_COLOURS.muted}" stroke-width="${px(1)}" stroke-linejoin="round">${highlighted}${points}</g>` +
    arcs +
    `</g></g>` +
    // Land cut off by the region's top edge fades out instead of ending in a hard line under the text.
    `<defs><linearGradient id="map-fade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${OG_COLOURS.bg}"/><stop offset="1" stop-color="${OG_COLOURS.bg}" stop-opacity="0"/></linearGradient></defs>` +
    `<rect x="${region.x}" y="${region.y}" width="${region.width}" height="40" fill="url(#map-fade)"/>`
  );
}

/**
 * The layout sizes arrowheads for its own crop (9 units at its scale); on the card they should be about 16 pixels,
 * so scale each one about its tip (the path's first point).
 */
function arrowScale(arrow: string, unit: number, scale: number): string {
  const [tipX = 0, tipY = 0] = (/^M([-\d.]+),([-\d.]+)/.exec(arrow) ?? []).slice(1).map(Number);
  const factor = round3(16 / (9 * unit * scale));
  return `translate(${round1(tipX * (1 - factor))} ${round1(tipY * (1 - factor))}) scale(${factor})`;
}

/** Where a page's card is published: "/" → "/og/home.png", "/deals/us-rwanda/" → "/og/deals/us-rwanda.png". */
export function ogImagePath(pagePath: string): string {
  return `/og/${ogImageKey(pagePath)}.png`;
}

export function ogImageKey(pagePath: string): string {
  return pagePath.replace(/^\/+|\/+$/g, '') || 'home';
}

/** The home page's title is the site name, already in the kicker: its card shows the tagline instead. */
function plainPageTitle(page: SitePage): string {
  return page.title === t(page.locale, 'site.name') ? t(page.locale, 'site.tagline') : page.title;
}

/** The card for a page of the site: a deal gets its status, a story its standfirst and deals, others a plain map. */
export function ogCardFor(page: SitePage, dataset: Dataset): OgCard {
  const { locale } = page;
  const kicker = t(locale, 'site.name');
  switch (page.kind) {
    case 'deal':
      return {
        kicker,
        title: page.title,
        status: {
          status: page.deal.status,
          label: t(locale, `status.${page.deal.status}`),
          detail: t(locale, `kind.${page.deal.kind}`),
        },
        deals: [page.deal],
      };
    case 'story':
      return {
        kicker,
        title: page.title,
        dek: page.story.dek,
        deals: page.story.deals.map((id) => findDeal(dataset, id)),
      };
    case 'page':
      return { kicker, title: plainPageTitle(page), deals: [] };
  }
}

/** Alternative text for the card, for og:image:alt and twitter:image:alt. */
export function ogImageAlt(page: SitePage): string {
  const { locale } = page;
  switch (page.kind) {
    case 'deal':
      return t(locale, 'og.alt.deal', { title: page.title, status: t(locale, `status.${page.deal.status}`) });
    case 'story':
      return t(locale, 'og.alt.story', { title: page.title });
    case 'page':
      return t(locale, 'og.alt.page', { title: plainPageTitle(page).replace(/\.$/, '') });
  }
}
