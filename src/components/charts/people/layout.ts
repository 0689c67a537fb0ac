/**
 * People-sent layouts, as plain records (no DOM): PeopleChart.astro and PeopleSteps.astro print them as SVG at build
 * time.
 *
 * - `layoutPeople`: one row per deal with a people count, sorted descending, on a logarithmic axis (counts run from
 *   1 to over 10,000); deals without a count are kept apart, never drawn as zero.
 * - `layoutPeopleSteps`: one deal's counts over time as steps, each count held until the next one.
 *
 * Horizontal positions are fractions of the plot's width (the component prints them as percentages), vertical ones
 * are pixels. Text therefore keeps its size at any screen width: the SVG is 100% wide without a viewBox, and the
 * decisions that depend on text width (title lines, which side of a dot its label goes) are made for the narrowest
 * width the chart must fit, `minWidth`.
 */
import { ascending, descending, max } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import type { DealStatus } from '../../../schemas/vocabulary.ts';
import { endOf, parsePartialDate, startOf, type DatePrecision } from '../../../lib/dates.ts';
import { timeTicks } from '../timeline/layout.ts';

export type Qualifier = 'exact' | 'at-least' | 'about' | 'up-to';

export interface PeopleFigureInput {
  readonly value: number;
  readonly qualifier: Qualifier;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly asOf: string;
}

export interface PeopleDeal {
  readonly id: string;
  readonly title: string;
  readonly status: DealStatus;
  /** The latest people figure, or undefined when no source gives one. */
  readonly figure: PeopleFigureInput | undefined;
  /** The figure as readers see it ("at least 42"); only its length is used here, to place it. */
  readonly label: string;
}

export interface PeopleOptions {
  /** Rows drawn at most (the largest counts); the rest are counted in `hidden`. */
  readonly limit?: number;
  /** The narrowest width in px the SVG is drawn at (a 320 px phone less the page margins). */
  readonly minWidth?: number;
}

export interface PeopleRow {
  readonly deal: string;
  readonly status: DealStatus;
  readonly qualifier: Qualifier;
  readonly value: number;
  readonly asOf: string;
  /** The title broken into lines that fit `minWidth`. */
  readonly titleLines: readonly string[];
  /** Baseline of the first title line. */
  readonly titleY: number;
  /** Centre line of the dot. */
  readonly y: number;
  /** The dot's position, 0–1 of the plot width. */
  readonly x: number;
  readonly label: string;
  /** The label goes after the dot (`start`) or before it (`end`), whichever has room at `minWidth`. */
  readonly labelSide: 'start' | 'end';
  /** Gap in px between the dot's centre and its label (wider on the side of a qualifier's arrow). */
  readonly labelOffset: number;
  /** Top of the row and its height, for the hit area and the separating rule. */
  readonly top: number;
  readonly height: number;
}

export interface ValueTick {
  readonly value: number;
  /** 0–1 of the plot width. */
  readonly x: number;
}

export interface PeopleLayout {
  readonly rows: readonly PeopleRow[];
  /** Deals without a count, by title: listed as "no published count", never plotted. */
  readonly unknown: readonly string[];
  /** Deals with a count that `limit` left out. */
  readonly hidden: number;
  readonly ticks: readonly ValueTick[];
  /** Baselines of the axis title and of the axis labels, above the first row. */
  readonly axisTitleY: number;
  readonly axisY: number;
  readonly height: number;
  /** The largest value the axis reaches. */
  readonly domainMax: number;
  /** Where 0 is drawn, apart from the log scale, when a deal counts 0 people. */
  readonly zeroX: number | undefined;
}

/** Ends of the plot, as fractions of the SVG's width: room for a glyph and a qualifier's arrow at either end. */
export const PLOT: readonly [number, number] = [0.04, 0.93];
/** Room between the column for 0 and the log scale, which starts at 1. */
const ZERO_GAP = 0.08;
/**
 * Widths of a character, generous enough for the widest common system sans-serif (DejaVu Sans Bold, about 0.6 em
 * for letters and 0.7 em for digits): titles are 13 px, labels 12 px, both bold.
 */
const CHAR_WIDTH = 8;
const TITLE_LINE = 16;
const DOT_GAP = 14;
const ROW_GAP = 14;
const LABEL_CHAR = 8;
/** Radius of a status glyph, and the length of a qualifier's arrow beyond it. */
export const GLYPH_R = 5.5;
export const ARROW = 12;
/** The axis, its title and then its labels, sits above the rows, where reading starts. */
const AXIS_TITLE_Y = 12;
const AXIS_Y = 30;
const TOP = 40;

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Breaks `text` at spaces into lines of at most `chars` characters (a longer word gets a line of its own). */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Width in px of a label in the mark font (12 px bold, tabular figures). */
export const labelWidth = (label: string) => label.length * LABEL_CHAR + 4;

/** The sides of a dot on which a qualifier draws an arrow: up to points down the scale, at least up it. */
const arrowSide = (q: Qualifier): 'start' | 'end' | 'both' | 'none' =>
  q === 'at-least' ? 'start' : q === 'up-to' ? 'end' : q === 'about' ? 'both' : 'none';

/**
 * A logarithmic scale from 1 to the largest count (10 at least) onto `PLOT`, with ticks at each power of ten. Zero
 * has no place on a log scale, so when a deal counts 0 people the scale starts a little to the right and 0 gets a
 * column of its own at the left, after a break (`zeroX`).
 */
export function peopleScale(
  largest: number,
  hasZero = false,
): { x: (n: number) => number; ticks: ValueTick[]; domainMax: number; zeroX: number | undefined } {
  const domainMax = Math.max(10, largest);
  const start = hasZero ? PLOT[0] + ZERO_GAP : PLOT[0];
  const scale = scaleLog().domain([1, domainMax]).range([start, PLOT[1]]);
  const ticks: ValueTick[] = hasZero ? [{ value: 0, x: PLOT[0] }] : [];
  for (let n = 1; n <= domainMax; n *= 10) ticks.push({ value: n, x: round(scale(n)) });
  return {
    x: (n: number) => (n < 1 ? PLOT[0] : round(scale(n))),
    ticks,
    domainMax,
    zeroX: hasZero ? PLOT[0] : undefined,
  };
}

export function layoutPeople(deals: readonly PeopleDeal[], options: PeopleOptions = {}): PeopleLayout {
  const minWidth = options.minWidth ?? 288;
  const known = deals
    .filter((d): d is PeopleDeal & { figure: PeopleFigureInput } => d.figure !== undefined)
    .sort(
      (a, b) =>
        descending(a.figure.value, b.figure.value) ||
        ascending(a.title.toLocaleLowerCase(), b.title.toLocaleLowerCase()) ||
        ascending(a.id, b.id),
    );
  const unknown = deals
    .filter((d) => d.figure === undefined)
    .sort((a, b) => ascending(a.title.toLocaleLowerCase(), b.title.toLocaleLowerCase()) || ascending(a.id, b.id))
    .map((d) => d.id);
  const shown = options.limit === undefined ? known : known.slice(0, Math.max(0, options.limit));
  // The scale reaches the largest count of all, so a capped chart reads like the full one; 0 gets its column only
  // when a drawn row needs it.
  const { x, ticks, domainMax, zeroX } = peopleScale(
    max(known, (d) => d.figure.value) ?? 0,
    shown.some((d) => d.figure.value === 0),
  );
  const chars = Math.floor(minWidth / CHAR_WIDTH);

  let top = TOP;
  const rows = shown.map((deal): PeopleRow => {
    const { value, qualifier, asOf } = deal.figure;
    const titleLines = wrapText(deal.title, chars);
    const titleY = top + 12;
    const y = top + titleLines.length * TITLE_LINE + DOT_GAP - 6;
    const height = titleLines.length * TITLE_LINE + DOT_GAP + ROW_GAP - 4;
    const at = x(value);
    const arrows = arrowSide(qualifier);
    const offsetAfter = GLYPH_R + 5 + (arrows === 'start' || arrows === 'both' ? ARROW : 0);
    const offsetBefore = GLYPH_R + 5 + (arrows === 'end' || arrows === 'both' ? ARROW : 0);
    const width = labelWidth(deal.label);
    const roomAfter = (1 - at) * minWidth - offsetAfter;
    const labelSide = roomAfter >= width ? 'start' : 'end';
    const row: PeopleRow = {
      deal: deal.id,
      status: deal.status,
      qualifier,
      value,
      asOf,
      titleLines,
      titleY,
      y,
      x: at,
      label: deal.label,
      labelSide,
      labelOffset: labelSide === 'start' ? offsetAfter : offsetBefore,
      top,
      height,
    };
    top += height;
    return row;
  });
  return {
    rows,
    unknown,
    hidden: known.length - shown.length,
    ticks,
    axisTitleY: AXIS_TITLE_Y,
    axisY: AXIS_Y,
    height: top + 2,
    domainMax,
    zeroX,
  };
}

// ---- One deal's counts over time -------------------------------------------------------------------------------

export interface StepFigure extends PeopleFigureInput {
  /** Where the point links: the figure's entry in the list on the page, which cites its sources. */
  readonly href: string;
  readonly label: string;
}

export interface StepOptions {
  /** The date the data is current to (YYYY-MM-DD): the dashed line after the last count never runs past it. */
  readonly today: string;
  readonly minWidth?: number;
  readonly locale?: string;
}

export interface StepPoint {
  readonly index: number;
  readonly href: string;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly asOf: string;
  readonly precision: DatePrecision;
  /** The middle, start and end of the period the date names, 0–1 of the width. */
  readonly x: number;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly label: string;
  /** Whether the label is printed (labels that would touch a neighbour at `minWidth` are left to the list). */
  readonly labelled: boolean;
  readonly labelAnchor: 'start' | 'middle' | 'end';
}

/** A horizontal or vertical piece of the step line, in fractions (x) and px (y). */
export interface StepSegment {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
  /** After the last count: no newer figure, so drawn dashed. */
  readonly open: boolean;
}

export interface StepLayout {
  readonly points: readonly StepPoint[];
  readonly segments: readonly StepSegment[];
  readonly valueTicks: readonly { readonly value: number; readonly y: number }[];
  readonly timeTicks: readonly {
    readonly x: number;
    readonly label: string | undefined;
    readonly major: boolean;
    readonly anchor: 'start' | 'middle' | 'end';
  }[];
  readonly plotTop: number;
  readonly baseline: number;
  readonly height: number;
}

/** Ends of the time axis: room at the left for the value labels above their gridlines. */
const STEP_X: readonly [number, number] = [0.12, 0.97];
const STEP_TOP = 34;
const STEP_PLOT = 120;

/**
 * Steps from a deal's people figures: ordered by date (then as listed), each count held from its date until the
 * next one; the last runs on to `today`, dashed. Needs two figures or more: one is shown as text.
 */
export function layoutPeopleSteps(figures: readonly StepFigure[], options: StepOptions): StepLayout {
  if (figures.length < 2) throw new Error('A step chart needs two figures or more; print a single figure as text');
  const minWidth = options.minWidth ?? 288;
  const dated = figures
    .map((figure, order) => {
      const date = parsePartialDate(figure.asOf);
      const t0 = startOf(date);
      const t1 = endOf(date);
      return { figure, order, t0, t1, t: (t0 + t1) / 2, precision: date.precision };
    })
    .sort((a, b) => ascending(a.t0, b.t0) || ascending(a.order, b.order));
  const today = endOf(parsePartialDate(options.today));
  const first = dated[0]?.t0 ?? 0;
  const latest = Math.max(...dated.map((d) => d.t1));
  // After the last count, a tail of a tenth of the span (a month at least, and not past today) shows that no newer
  // count followed, without squeezing the history into the left of the chart.
  const tail = Math.max((latest - first) * 0.1, 31 * 86_400_000);
  const last = Math.max(latest, Math.min(today, latest + tail));
  const domain: [number, number] = [first, last];
  const fx = scaleLinear().domain(domain).range(STEP_X);
  const peak = max(dated, (d) => d.figure.value) ?? 1;
  const fy = scaleLinear()
    .domain([0, Math.max(1, peak)])
    .nice(4)
    .range([STEP_TOP + STEP_PLOT, STEP_TOP]);
  const baseline = STEP_TOP + STEP_PLOT;

  const points = dated.map((d, index): StepPoint => {
    const x = round(fx(d.t));
    return {
      index,
      href: d.figure.href,
      value: d.figure.value,
      qualifier: d.figure.qualifier,
      asOf: d.figure.asOf,
      precision: d.precision,
      x,
      x0: round(fx(d.t0)),
      x1: round(fx(d.t1)),
      y: round(fy(d.figure.value), 1),
      label: d.figure.label,
      labelled: false,
      labelAnchor: x < 0.2 ? 'start' : x > 0.8 ? 'end' : 'middle',
    };
  });

  // Label from the latest point back, skipping any that would touch a label already placed (at minWidth).
  const placed: [number, number, number][] = [];
  const labelled = new Set<number>();
  for (const point of [...points].reverse()) {
    const w = labelWidth(point.label);
    const px = point.x * minWidth;
    const left = point.labelAnchor === 'start' ? px - 4 : point.labelAnchor === 'end' ? px - w + 4 : px - w / 2;
    const box: [number, number, number] = [left, left + w, point.y];
    const clash = placed.some(([l, r, y]) => left < r + 4 && box[1] > l - 4 && Math.abs(y - point.y) < 18);
    if (!clash) {
      placed.push(box);
      labelled.add(point.index);
    }
  }

  const segments: StepSegment[] = [];
  points.forEach((point, i) => {
    const next = points[i + 1];
    const end = next ? next.x : STEP_X[1];
    if (end > point.x) segments.push({ x1: point.x, x2: end, y1: point.y, y2: point.y, open: !next });
    if (next && next.y !== point.y) segments.push({ x1: next.x, x2: next.x, y1: point.y, y2: next.y, open: false });
  });

  const ticks = timeTicks(domain, [0, minWidth], options.locale);
  return {
    points: points.map((p) => ({ ...p, labelled: labelled.has(p.index) })),
    segments,
    valueTicks: fy.ticks(4).map((value) => ({ value, y: round(fy(value), 1) })),
    timeTicks: ticks.map((tick) => ({
      x: round(fx(tick.t)),
      label: tick.label,
      major: tick.major,
      anchor: tick.anchor,
    })),
    plotTop: STEP_TOP,
    baseline,
    height: baseline + 26,
  };
}
