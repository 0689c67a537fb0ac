/**
 * The open-data contract: the shapes of /data/deals.json, /data/events.json, /data/sources.json and their CSV
 * twins. Dates keep their precision ("2025-06" stays "2025-06"). Changing a shape here is a breaking change for
 * readers who download the data: document it in the README.
 */
import type { Dataset } from './content/records.ts';
import { eventsForDeal, resolveSources } from './dataset.ts';

/** Licence and version, at the head of every JSON file, so a downloaded copy says where and when it came from. */
export interface DataMeta {
  readonly licence: 'CC BY 4.0';
  readonly licenceUrl: string;
  /** Absolute URL of the open-data page, which documents the fields. */
  readonly documentation: string;
  /** The build's date (YYYY-MM-DD) and commit. */
  readonly builtOn: string;
  readonly commit: string;
  /** When an editor last checked the record against its sources and searched for newer reports (YYYY-MM-DD). */
  readonly reviewedOn: string;
  /** Publication date of the newest dated report the record cites, at its precision: what the data is current to. */
  readonly latestReport: string | null;
}

export interface DataCurrency {
  readonly reviewedOn: string;
  readonly latestReport: string | undefined;
}

export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export function dataMeta(
  site: URL | string,
  build: { builtOn: string; commit: string },
  currency: DataCurrency,
): DataMeta {
  return {
    licence: LICENCE.name,
    licenceUrl: LICENCE.url,
    documentation: new URL('/data/', site).href,
    builtOn: build.builtOn,
    commit: build.commit,
    reviewedOn: currency.reviewedOn,
    latestReport: currency.latestReport ?? null,
  };
}

/** One deal as it appears in deals.json: source ids become their addresses. */
function dealJson(dataset: Dataset, deal: Dataset['deals'][number]) {
  const url = (id: string) => resolveSources(dataset, [id])[0]?.url ?? '';
  return {
    id: deal.id,
    title: deal.title,
    from: deal.from,
    to: deal.to,
    kind: deal.kind,
    status: deal.status,
    confidence: deal.confidence,
    summary: deal.summary,
    statusHistory: deal.statusHistory.map((t) => ({ date: t.date, status: t.status, sources: t.sources.map(url) })),
    figures: {
      people: deal.figures.people.map(({ sources, note, ...rest }) => ({
        ...rest,
        ...(note ? { note } : {}),
        sources: sources.map(url),
      })),
      money: deal.figures.money.map(({ sources, note, ...rest }) => ({
        ...rest,
        ...(note ? { note } : {}),
        sources: sources.map(url),
      })),
      caps: deal.figures.caps.map(({ sources, note, ...rest }) => ({
        ...rest,
        ...(note ? { note } : {}),
        sources: sources.map(url),
      })),
    },
    sources: deal.sources.map(url),
  };
}

/** One event as it appears in events.json, with its sources spelled out. */
function eventJson(dataset: Dataset, event: Dataset['events'][number]) {
  return {
    id: event.id,
    date: event.date,
    type: event.type,
    deals: event.deals,
    title: event.title,
    summary: event.summary,
    people: event.people ?? null,
    sources: resolveSources(dataset, event.sources).map(({ url, outlet, title, published }) => ({
      url,
      outlet,
      title,
      published,
    })),
  };
}

export function dealsJson(dataset: Dataset, meta?: DataMeta) {
  return { ...(meta ? { meta } : {}), deals: dataset.deals.map((deal) => dealJson(dataset, deal)) };
}

export function eventsJson(dataset: Dataset, meta?: DataMeta) {
  return { ...(meta ? { meta } : {}), events: dataset.events.map((event) => eventJson(dataset, event)) };
}

export function sourcesJson(dataset: Dataset, meta?: DataMeta) {
  return {
    ...(meta ? { meta } : {}),
    sources: [...dataset.sources.values()].map(({ id, outlet, title, headline, published, url, accessed, kind }) => ({
      id,
      outlet,
      title,
      headline,
      published,
      url,
      accessed,
      kind,
    })),
  };
}

/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; lists joined with " | ". */
export function toCsv(
  columns: readonly string[],
  rows: readonly (readonly (string | number | null | readonly string[])[])[],
): string {
  const cell = (value: string | number | null | readonly string[]): string => {
    const text = value === null ? '' : Array.isArray(value) ? value.join(' | ') : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [columns, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function dealsCsv(dataset: Dataset): string {
  const { deals } = dealsJson(dataset);
  return toCsv(
    ['id', 'title', 'from', 'to', 'kind', 'status', 'confidence', 'first_date', 'status_date', 'sources'],
    deals.map((d) => [
      d.id,
      d.title,
      d.from,
      d.to,
      d.kind,
      d.status,
      d.confidence,
      d.statusHistory[0]?.date ?? null,
      d.statusHistory.at(-1)?.date ?? null,
      d.sources,
    ]),
  );
}

const EVENT_COLUMNS = ['id', 'date', 'type', 'deals', 'title', 'summary', 'people', 'source_urls'] as const;
const eventRows = (events: ReturnType<typeof eventsJson>['events']) =>
  events.map((e) => [e.id, e.date, e.type, e.deals, e.title, e.summary, e.people, e.sources.map((s) => s.url)]);

export function eventsCsv(dataset: Dataset): string {
  return toCsv(EVENT_COLUMNS, eventRows(eventsJson(dataset).events));
}

export function sourcesCsv(dataset: Dataset): string {
  const { sources } = sourcesJson(dataset);
  return toCsv(
    ['id', 'outlet', 'title', 'published', 'url', 'accessed', 'kind'],
    sources.map((s) => [s.id, s.outlet, s.title, s.published, s.url, s.accessed, s.kind]),
  );
}

/** One deal with its events: /data/deals/<id>.json, offered on the deal page. */
export function dealBundleJson(dataset: Dataset, id: string, meta: DataMeta) {
  const deal = dataset.deals.find((d) => d.id === id);
  if (!deal) throw new Error(`Unknown deal "${id}"`);
  return { meta, deal: dealJson(dataset, deal), events: eventsForDeal(dataset, id).map((e) => eventJson(dataset, e)) };
}

/** The deal's events as CSV: /data/deals/<id>.csv. */
export function dealEventsCsv(dataset: Dataset, id: string): string {
  if (!dataset.deals.some((deal) => deal.id === id)) throw new Error(`Unknown deal "${id}"`);
  return toCsv(EVENT_COLUMNS, eventRows(eventsForDeal(dataset, id).map((e) => eventJson(dataset, e))));
}
