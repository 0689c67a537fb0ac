/**
 * Overview layout for the front page: deals grouped by sending state, each group summed up in one row (how many of
 * its deals stood at each status, month by month, as a stacked area) and opening onto at most `perGroup` deals, the
 * most recently active first, each a strip of status bands. Its size depends on the number of sending states and
 * `perGroup`, not on the number of deals or events: the full record lives on /timeline/ and the deal pages.
 * Build time only (it imports from `d3`); nothing here ships to the browser.
 */
import { area, scaleLinear, stack, stackOrderNone, utcMonth, type SeriesPoint } from 'd3';
import { DEAL_STATUSES, type DealStatus } from '../../../schemas/vocabulary.ts';
import { comparePartialDates, endOf, parsePartialDate, startOf } from '../../../lib/dates.ts';
import { statusAt, type Transition } from '../../../lib/status.ts';
import { layoutTimeline, timeTicks, type Band, type Tick } from './layout.ts';

export interface OverviewDeal {
  readonly id: string;
  readonly from: readonly string[];
  readonly statusHistory: readonly Transition[];
}

export interface OverviewOptions {
  /** First date shown (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly from: string;
  /** The date the data is current to: bands and areas run to here. */
  readonly today: string;
  /** Deals shown when a group opens; the rest are counted and linked. */
  readonly perGroup?: number;
  /** Deals listed first in their group whatever their activity (the lead story's). */
  readonly pinned?: readonly string[];
  /** Latest dated fact per deal id (event or status change), for "most recently active first". */
  readonly lastActivity?: ReadonlyMap<string, string>;
  readonly locale?: string;
}

export interface OverviewArea {
  readonly status: DealStatus;
  readonly d: string;
}

export interface OverviewLane {
  readonly deal: string;
  readonly status: DealStatus;
  readonly bands: readonly Band[];
}

export interface OverviewGroup {
  /** ISO alpha-3 code of the sending state. */
  readonly sender: string;
  /** Every deal of the group, most recently active first. */
  readonly deals: readonly string[];
  /** Current status counts, in the order of DEAL_STATUSES, zeros left out. */
  readonly statusCounts: readonly { readonly status: DealStatus; readonly count: number }[];
  /** Stacked areas of deal counts by status over time, in a STRIP_WIDTH × SPARK_HEIGHT box. */
  readonly areas: readonly OverviewArea[];
  /** Most deals the group had at once, the top of its area chart. */
  readonly peak: number;
  readonly lanes: readonly OverviewLane[];
}

export interface OverviewLayout {
  readonly groups: readonly OverviewGroup[];
  /** Axis ticks for a wide and a narrow screen; both are printed and CSS shows one. */
  readonly ticks: { readonly wide: readonly Tick[]; readonly narrow: readonly Tick[] };
  readonly domain: readonly [number, number];
}

/**
 * Horizontal positions are percentages of the column, so strips and axis labels keep their true size at any width
 * (SVG lengths in % need no viewBox; the area chart alone is stretched, and has no text).
 */
export const STRIP_WIDTH = 100;
export const SPARK_HEIGHT = 32;
/** The lowest area a group gets (one deal among states with dozens), in the same units. */
const MIN_SPARK = 4;
/** Axis labels are spaced for the narrowest column each axis is shown at (CSS switches at 40rem). */
const AXIS_WIDTHS = { wide: 640, narrow: 300 } as const;

type MonthRow = Record<string, number> & { t: number };

const latestStatus = (deal: OverviewDeal): DealStatus => deal.statusHistory.at(-1)?.status ?? 'talks';

export function layoutOverview(deals: readonly OverviewDeal[], options: OverviewOptions): OverviewLayout {
  const perGroup = options.perGroup ?? 8;
  const locale = options.locale ?? 'en';
  const domain: [number, number] = [startOf(parsePartialDate(options.from)), endOf(parsePartialDate(options.today))];
  const activity = (deal: OverviewDeal) => {
    const last = deal.statusHistory.at(-1)?.date ?? options.from;
    const event = options.lastActivity?.get(deal.id);
    return event && comparePartialDates(event, last) > 0 ? event : last;
  };
  const byActivity = (a: OverviewDeal, b: OverviewDeal) =>
    comparePartialDates(activity(b), activity(a)) || a.id.localeCompare(b.id);

  const bySender = new Map<string, OverviewDeal[]>();
  for (const deal of deals) {
    // A deal with several sending states is listed under the first, as its page names them.
    const sender = deal.from[0] ?? '';
    bySender.set(sender, [...(bySender.get(sender) ?? []), deal]);
  }

  // Month by month across the window: how many of a group's deals stood at each status.
  const months = utcMonth.range(new Date(domain[0]), new Date(domain[1]));
  const x = scaleLinear().domain(domain).range([0, STRIP_WIDTH]);
  const round1 = (n: number) => Math.round(n * 10) / 10;

  const drafts = [...bySender].map(([sender, members]) => {
    const sorted = [...members].sort(byActivity);
    const rows = months.map((month) => {
      const iso = month.toISOString().slice(0, 7);
      const row: MonthRow = { t: month.getTime() };
      for (const status of DEAL_STATUSES) row[status] = 0;
      for (const deal of members) {
        const status = statusAt(deal.statusHistory, iso);
        if (status) row[status] = (row[status] ?? 0) + 1;
      }
      return row;
    });
    const series = stack<MonthRow>()
      .keys([...DEAL_STATUSES])
      .order(stackOrderNone)(rows);
    const peak = Math.max(1, ...series.flatMap((s) => s.map(([, top]) => top)));

    const pinned = sorted.filter((deal) => options.pinned?.includes(deal.id));
    const shown = [...pinned, ...sorted.filter((deal) => !pinned.includes(deal))].slice(
      0,
      Math.max(perGroup, pinned.length),
    );
    const strips = layoutTimeline(shown, [], { from: options.from, today: options.today, locale });
    const lanes = shown.map((deal) => ({
      deal: deal.id,
      status: latestStatus(deal),
      bands: strips.bands
        .filter((band) => band.deal === deal.id)
        .map((band) => ({
          ...band,
          x0: round1(x(Math.max(band.t0, domain[0]))),
          x1: round1(x(Math.min(band.t1, domain[1]))),
        }))
        .filter((band) => band.x1 > band.x0),
    }));
    const statusCounts = DEAL_STATUSES.map((status) => ({
      status,
      count: members.filter((deal) => latestStatus(deal) === status).length,
    })).filter((entry) => entry.count > 0);
    return { sender, deals: sorted.map((d) => d.id), statusCounts, series, peak, lanes };
  });

  // One scale for every group's height, so a state with one deal does not look like one with forty: the height of
  // a group's area grows with the square root of its peak (a single deal still shows), and within the group the
  // layers are linear, so their shares read true.
  const biggest = Math.max(1, ...drafts.map((g) => g.peak));
  const groups: OverviewGroup[] = drafts.map(({ series, ...group }) => {
    const height = Math.max(MIN_SPARK, SPARK_HEIGHT * Math.sqrt(group.peak / biggest));
    const y = scaleLinear()
      .domain([0, group.peak])
      .range([SPARK_HEIGHT, SPARK_HEIGHT - height]);
    const shape = area<SeriesPoint<MonthRow>>()
      .x((point) => round1(x(point.data.t)))
      .y0((point) => round1(y(point[0])))
      .y1((point) => round1(y(point[1])));
    const areas = series
      .filter((s) => s.some(([bottom, top]) => top > bottom))
      .map((s) => ({ status: s.key as DealStatus, d: shape(s) ?? '' }));
    return { ...group, areas };
  });

  groups.sort(
    (a, b) =>
      byActivity(
        bySender.get(a.sender)?.find((d) => d.id === a.deals[0]) ?? { id: '', from: [], statusHistory: [] },
        bySender.get(b.sender)?.find((d) => d.id === b.deals[0]) ?? { id: '', from: [], statusHistory: [] },
      ) || a.sender.localeCompare(b.sender),
  );

  return {
    groups,
    ticks: {
      wide: percentTicks(domain, AXIS_WIDTHS.wide, locale),
      narrow: percentTicks(domain, AXIS_WIDTHS.narrow, locale),
    },
    domain,
  };
}

/** Ticks spaced for a column `width` px wide, with x as a percentage of it. */
function percentTicks(domain: readonly [number, number], width: number, locale: string): Tick[] {
  return timeTicks(domain, [0, width], locale).map((tick) => ({
    ...tick,
    x: Math.round((tick.x / width) * 1000) / 10,
  }));
}
