/**
 * The state shared by the map and the timeline, kept in the page URL so that any view can be shared and Back and
 * Forward work: ?deal=us-rwanda&event=…&from=2024&to=2026-06&status=active,agreed&asof=2025-09-01&region=caribbean.
 * Parsing is forgiving (unknown or malformed values are dropped); serialising is canonical (fixed key order).
 */
import { DEAL_STATUSES, type DealStatus } from '../schemas/vocabulary.ts';
import { partialDateProblem } from './dates.ts';
import { isRegionId, type RegionId } from './geo/regions.ts';

export interface ViewState {
  /** The selected deal id. */
  readonly deal?: string;
  /** The selected event id. */
  readonly event?: string;
  /** Start of the timeline's time window. */
  readonly from?: string;
  /** End of the timeline's time window. */
  readonly to?: string;
  /** Statuses shown; every status when absent. */
  readonly status?: readonly DealStatus[];
  /** The date the map shows statuses for; today when absent. */
  readonly asOf?: string;
  /** The map's region preset (src/lib/geo/regions.ts); the map's own opening view when absent. */
  readonly region?: RegionId;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isDate = (value: string | null): value is string => value !== null && partialDateProblem(value) === undefined;

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const deal = params.get('deal');
  const event = params.get('event');
  const from = params.get('from');
  const to = params.get('to');
  const asOf = params.get('asof');
  const region = params.get('region');
  const status = (params.get('status') ?? '')
    .split(',')
    .filter((s): s is DealStatus => (DEAL_STATUSES as readonly string[]).includes(s));
  return {
    ...(deal && ID.test(deal) ? { deal } : {}),
    ...(event && ID.test(event) ? { event } : {}),
    ...(isDate(from) ? { from } : {}),
    ...(isDate(to) ? { to } : {}),
    ...(status.length > 0 ? { status: DEAL_STATUSES.filter((s) => status.includes(s)) } : {}),
    ...(isDate(asOf) ? { asOf } : {}),
    ...(isRegionId(region) ? { region } : {}),
  };
}

/** The query string for a state, "" when it is empty; keys in a fixed order, statuses in vocabulary order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.deal) params.set('deal', state.deal);
  if (state.event) params.set('event', state.event);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.status && state.status.length > 0 && state.status.length < DEAL_STATUSES.length) {
    params.set('status', DEAL_STATUSES.filter((s) => state.status?.includes(s)).join(','));
  }
  if (state.asOf) params.set('asof', state.asOf);
  if (state.region) params.set('region', state.region);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
