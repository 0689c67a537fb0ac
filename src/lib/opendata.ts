/**
 * The open-data contract: the shapes of /data/deals.json, /data/events.json, /data/sources.json and their CSV
 * twins. Dates keep their precision ("2025-06" stays "2025-06"). Changing a shape here is a breaking change for
 * readers who download the data: document it in the README.
 */
import type { Dataset } from './content/validate.ts';
import { resolveSources } from './dataset.ts';

export function dealsJson(dataset: Dataset) {
  const url = (id: string) => resolveSources(dataset, [id])[0]?.url ?? '';
  return {
    deals: dataset.deals.map((deal) => ({
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
    })),
  };
}

export function eventsJson(dataset: Dataset) {
  return {
    events: dataset.events.map((event) => ({
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
    })),
  };
}

export function sourcesJson(dataset: Dataset) {
  return {
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

export function eventsCsv(dataset: Dataset): string {
  const { events } = eventsJson(dataset);
  return toCsv(
    ['id', 'date', 'type', 'deals', 'title', 'summary', 'people', 'source_urls'],
    events.map((e) => [e.id, e.date, e.type, e.deals, e.title, e.summary, e.people, e.sources.map((s) => s.url)]),
  );
}

export function sourcesCsv(dataset: Dataset): string {
  const { sources } = sourcesJson(dataset);
  return toCsv(
    ['id', 'outlet', 'title', 'published', 'url', 'accessed', 'kind'],
    sources.map((s) => [s.id, s.outlet, s.title, s.published, s.url, s.accessed, s.kind]),
  );
}
