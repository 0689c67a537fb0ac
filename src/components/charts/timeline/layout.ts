/**
 * Timeline layout: one lane per deal, status bands between dated transitions, one mark per event and lane, and
 * axis ticks. Plain records, no DOM: Timeline.astro prints them as SVG at build time and enhance.ts reuses
 * `timeScale` and `timeTicks` to redraw the same marks when a reader zooms into a period.
 */
import type { DealStatus } from '../../../schemas/vocabulary.ts';
import type { EventType } from '../../../schemas/vocabulary.ts';
import { endOf, parsePartialDate, startOf, type DatePrecision } from '../../../lib/dates.ts';
import type { Transition } from '../../../lib/status.ts';
import { utcMillisecond, utcMonth, utcYear } from 'd3-time';

export interface TimelineDeal {
  readonly id: string;
  readonly statusHistory: readonly Transition[];
  /** The lane's label, when known: a label too long to run right from the deal's start turns round. */
  readonly title?: string;
}

/** Average advance of a 12 px bold label character, generous so that a label is never cut at the chart's edge. */
const LABEL_CHAR_WIDTH = 7;

export interface TimelineEvent {
  readonly id: string;
  readonly date: string;
  readonly type: EventType;
  readonly deals: readonly string[];
}

export interface TimelineOptions {
  /** First year or date shown; the earliest date in the data when omitted. */
  readonly from?: string;
  /** Last year or date shown; `today` when omitted. */
  readonly to?: string;
  /** The date the data is current to (YYYY-MM-DD): the last status band runs to here. */
  readonly today: string;
  readonly width?: number;
  /** Locale of the axis labels ("Feb", "févr."). */
  readonly locale?: string;
}

export interface Lane {
  readonly deal: string;
  readonly index: number;
  /** Top of the lane's row. */
  readonly y: number;
  /** Baseline of the lane's label, and its x (the lane's first visible date, kept inside the chart). */
  readonly labelY: number;
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
}

export interface Band {
  readonly deal: string;
  readonly status: DealStatus;
  /** The transition's date, and the next transition's date (undefined for the current status, which runs to today). */
  readonly from: string;
  readonly until: string | undefined;
  /** UTC milliseconds; the enhancement rescales from these. */
  readonly t0: number;
  readonly t1: number;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly height: number;
}

export interface EventMark {
  readonly event: string;
  readonly deal: string;
  readonly type: EventType;
  readonly precision: DatePrecision;
  /** Start, middle and end of the period the date names, in UTC milliseconds and in x. */
  readonly t0: number;
  readonly t: number;
  readonly t1: number;
  readonly x0: number;
  readonly x: number;
  readonly x1: number;
  readonly y: number;
  /** Outside the window shown at first; drawn hidden so that zooming out can reveal it. */
  readonly outside: boolean;
}

export interface Tick {
  readonly t: number;
  readonly x: number;
  readonly label: string | undefined;
  readonly major: boolean;
  /** How the label sits on its tick: centred, or turned inwards near an end so that the SVG does not cut it. */
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  /** Left and right ends of the time axis in x. */
  readonly range: readonly [number, number];
  /** The window shown at first (`from`–`to`), in UTC milliseconds. */
  readonly domain: readonly [number, number];
  /** Everything the data covers, from the earliest fact to today: what "whole period" shows. */
  readonly extent: readonly [number, number];
  readonly lanes: readonly Lane[];
  readonly bands: readonly Band[];
  readonly marks: readonly EventMark[];
  readonly ticks: readonly Tick[];
  /** x of `today`, when it falls inside the domain. */
  readonly todayX: number | undefined;
  readonly axisY: number;
}

export const LANE_HEIGHT = 40;

/**
 * Band thickness by status, so that status never rests on colour alone: talks and ended are thin, agreed is
 * medium, active and suspended are full (suspended is also striped, see Timeline.astro).
 */
export const BAND_THICKNESS: Readonly<Record<DealStatus, number>> = {
  talks: 4,
  agreed: 7,
  active: 10,
  suspended: 10,
  ended: 3,
};
const TOP = 8;
const AXIS_HEIGHT = 28;
const BAND_HEIGHT = 10;
const SIDE = 16;
/** Minimum room between two labelled ticks, in x. */
const MIN_TICK_GAP = 44;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Maps UTC milliseconds in `domain` linearly onto `range`. */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): (t: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0 || 1);
  return (t: number) => round1(r0 + (t - d0) * k);
}

const labelFormats = new Map<string, { month: Intl.DateTimeFormat; monthYear: Intl.DateTimeFormat }>();
function formatsFor(locale: string) {
  let formats = labelFormats.get(locale);
  if (!formats) {
    formats = {
      month: new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
      monthYear: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    };
    labelFormats.set(locale, formats);
  }
  return formats;
}

/** Rough width of a label in the axis font (12 px), to keep labels apart. */
const labelWidth = (label: string) => label.length * 7 + 8;

/**
 * Ticks for a time window, from d3-time: calendar years, or months (every 1, 2, 3 or 6) when they fit MIN_TICK_GAP
 * apart. Labels are words in the page's locale, adding the year only where it changes: "2025", "Feb", "Mar"…, or
 * "Feb 2025" for a first label that falls mid-year. Labels that would touch their neighbour are dropped; their
 * ticks stay as grid lines.
 */
export function timeTicks(domain: readonly [number, number], range: readonly [number, number], locale = 'en'): Tick[] {
  const x = timeScale(domain, range);
  const [d0, d1] = domain;
  const start = new Date(d0);
  const stop = new Date(d1);
  const pxPerMonth = Math.abs(x(Date.UTC(2001, 1, 1)) - x(Date.UTC(2001, 0, 1)));
  const monthStep = [1, 2, 3, 6].find((step) => step * pxPerMonth >= MIN_TICK_GAP);
  const yearStep = [1, 2, 5, 10, 25].find((step) => step * 12 * pxPerMonth >= MIN_TICK_GAP) ?? 50;
  const times = monthStep
    ? (utcMonth.every(monthStep)?.range(start, utcMillisecond.offset(stop, 1)) ?? [])
    : utcYear.range(start, utcMillisecond.offset(stop, 1)).filter((date) => date.getUTCFullYear() % yearStep === 0);
  // A window narrower than one step still gets its year boundaries as grid lines.
  const gridOnly = monthStep ? [] : utcYear.range(start, utcMillisecond.offset(stop, 1));
  const formats = formatsFor(locale);
  const anchor = (tickX: number) =>
    tickX < range[0] + MIN_TICK_GAP / 2 ? 'start' : tickX > range[1] - MIN_TICK_GAP / 2 ? 'end' : 'middle';
  const labelled = new Set(times.map((date) => date.getTime()));
  const all = [...new Set([...labelled, ...gridOnly.map((date) => date.getTime())])].sort((a, b) => a - b);
  let lastEnd = -Infinity;
  let first = true;
  return all.map((t) => {
    const date = new Date(t);
    const january = date.getUTCMonth() === 0;
    const tickX = x(t);
    let label: string | undefined;
    if (labelled.has(t)) {
      const text = january
        ? String(date.getUTCFullYear())
        : first
          ? formats.monthYear.format(date)
          : formats.month.format(date);
      const tickAnchor = anchor(tickX);
      const width = labelWidth(text);
      const left = tickAnchor === 'start' ? tickX : tickAnchor === 'end' ? tickX - width : tickX - width / 2;
      if (left >= lastEnd) {
        label = text;
        lastEnd = left + width;
        first = false;
      }
    }
    return { t, x: tickX, label, major: january, anchor: anchor(tickX) };
  });
}

function period(date: string): { t0: number; t: number; t1: number; precision: DatePrecision } {
  const parsed = parsePartialDate(date);
  const t0 = startOf(parsed);
  const t1 = endOf(parsed);
  return { t0, t: (t0 + t1) / 2, t1, precision: parsed.precision };
}

export function layoutTimeline(
  deals: readonly TimelineDeal[],
  events: readonly TimelineEvent[],
  options: TimelineOptions,
): TimelineLayout {
  const width = options.width ?? 960;
  const today = period(options.today);
  const dealIds = new Set(deals.map((d) => d.id));
  const shown = events.filter((e) => e.deals.some((id) => dealIds.has(id)));
  const starts = [
    ...shown.map((e) => period(e.date).t0),
    ...deals.flatMap((d) => d.statusHistory.map((s) => period(s.date).t0)),
  ];
  const extent: [number, number] = [Math.min(...starts, today.t0), today.t1];
  const d0 = options.from ? period(options.from).t0 : extent[0];
  const d1 = options.to ? period(options.to).t1 : extent[1];
  const domain: [number, number] = [d0, Math.max(d1, d0 + 1)];
  const range: [number, number] = [SIDE, width - SIDE];
  const x = timeScale(domain, range);
  const clamp = (t: number) => Math.min(Math.max(t, domain[0]), domain[1]);

  // Lanes in order of each deal's first dated fact, then by id.
  const first = (deal: TimelineDeal) =>
    Math.min(
      ...deal.statusHistory.map((s) => period(s.date).t0),
      ...shown.filter((e) => e.deals.includes(deal.id)).map((e) => period(e.date).t0),
    );
  const ordered = [...deals].sort((a, b) => first(a) - first(b) || a.id.localeCompare(b.id));

  const lanes: Lane[] = [];
  const bands: Band[] = [];
  const marks: EventMark[] = [];
  ordered.forEach((deal, index) => {
    const y = TOP + index * LANE_HEIGHT;
    const bandY = y + 18;
    const history = deal.statusHistory.map((s) => ({ ...s, ...period(s.date) }));
    history.forEach((transition, i) => {
      const next = history[i + 1];
      const t0 = transition.t0;
      const t1 = next ? next.t0 : today.t1;
      if (t1 <= t0) return;
      const height = BAND_THICKNESS[transition.status];
      const y = bandY + (BAND_HEIGHT - height) / 2;
      bands.push({
        deal: deal.id,
        status: transition.status,
        from: transition.date,
        until: next?.date,
        t0,
        t1,
        x0: x(clamp(t0)),
        x1: x(clamp(t1)),
        y,
        height,
      });
    });
    const laneEvents = shown.filter((e) => e.deals.includes(deal.id));
    for (const event of laneEvents) {
      const p = period(event.date);
      marks.push({
        event: event.id,
        deal: deal.id,
        type: event.type,
        precision: p.precision,
        t0: p.t0,
        t: p.t,
        t1: p.t1,
        x0: x(clamp(p.t0)),
        x: x(clamp(p.t)),
        x1: x(clamp(p.t1)),
        y: bandY + BAND_HEIGHT / 2,
        outside: p.t < domain[0] || p.t > domain[1],
      });
    }
    const visibleStart = Math.max(domain[0], Math.min(first(deal), domain[1]));
    const labelX = x(visibleStart);
    // Labels sit in their own row above the band, so lanes never collide; a label near the right edge turns round.
    const labelRoom = (deal.title?.length ?? 0) * LABEL_CHAR_WIDTH;
    const anchor = labelX > range[0] + (range[1] - range[0]) * 0.6 || labelX + labelRoom > range[1] ? 'end' : 'start';
    lanes.push({
      deal: deal.id,
      index,
      y,
      labelY: y + 13,
      labelX: anchor === 'end' ? range[1] : labelX,
      labelAnchor: anchor,
    });
  });

  const axisY = TOP + ordered.length * LANE_HEIGHT + 4;
  return {
    width,
    height: axisY + AXIS_HEIGHT,
    range,
    domain,
    extent,
    lanes,
    bands,
    marks: marks.sort((a, b) => a.t - b.t || a.y - b.y || a.event.localeCompare(b.event)),
    ticks: timeTicks(domain, range, options.locale),
    todayX: today.t >= domain[0] && today.t <= domain[1] ? x(today.t) : undefined,
    axisY,
  };
}

/** Event shapes by type (the legend explains them); sizes in px around (0,0), placed with a transform. */
export function eventGlyph(type: EventType): { d: string; filled: boolean } {
  const r = 5;
  const circle = `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  switch (type) {
    case 'talks':
      return { d: circle, filled: false };
    case 'transfer':
      return { d: circle, filled: true };
    case 'agreement-signed':
      return { d: `M0,${-r - 1}L${r + 1},0L0,${r + 1}L${-r - 1},0Z`, filled: true };
    case 'announced':
      return { d: `M0,${-r - 1}L${r + 1},0L0,${r + 1}L${-r - 1},0Z`, filled: false };
    case 'court-ruling':
      return { d: `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`, filled: true };
    case 'legislation':
      return { d: `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`, filled: false };
    case 'payment':
      return { d: `M0,${-r - 1}L${r + 1},${r}L${-r - 1},${r}Z`, filled: true };
    case 'suspended':
      return { d: `M${-r},${-r}h3.5v${2 * r}h-3.5ZM${r - 3.5},${-r}h3.5v${2 * r}h-3.5Z`, filled: true };
    case 'ended':
      return { d: `M${-r},${-r + 2}l2,-2 3,3 3,-3 2,2 -3,3 3,3 -2,2 -3,-3 -3,3 -2,-2 3,-3Z`, filled: true };
    case 'other':
      return { d: `M0,${-r + 1}L${r - 1},0L0,${r - 1}L${-r + 1},0Z`, filled: false };
  }
}
