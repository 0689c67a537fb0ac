/**
 * Synthetic content for build benchmarks: any number of valid deals, each with its own event file, citing a few
 * shared sources, plus two short stories. `syntheticContent()` is pure (file path → text);
 * `writeSyntheticContent()` writes it and copies the fixed pages from the valid test fixture.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { CONFIDENCE_LEVELS, DEAL_KINDS, EVENT_TYPES } from '../src/schemas/vocabulary.ts';

const FIXTURE_PAGES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'valid', 'content', 'pages');

// Countries the real content already draws (so every one has a shape or point on the map); the lists are disjoint,
// as a state cannot both send and receive under one deal.
const SENDERS = ['USA', 'GBR', 'AUS', 'ITA', 'DNK', 'ISR'];
const RECEIVERS = ['RWA', 'UGA', 'ALB', 'PNG', 'NRU', 'KHM', 'SLV', 'CRI', 'PAN', 'GTM', 'HND', 'GHA', 'SSD', 'TUR'];

const SOURCES = [
  { id: 'synthetic-wire-2020-01-15-one', outlet: 'Synthetic Wire', published: '2020-01-15', kind: 'news' },
  { id: 'synthetic-gazette-2021-06-two', outlet: 'Synthetic Gazette', published: '2021-06', kind: 'news' },
  { id: 'synthetic-ministry-2022-three', outlet: 'Synthetic Ministry', published: '2022', kind: 'government' },
  { id: 'synthetic-court-2023-03-09-four', outlet: 'Synthetic Court', published: '2023-03-09', kind: 'court' },
] as const;

export interface SyntheticSize {
  deals: number;
  eventsPerDeal: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

export function dealId(i: number): string {
  return `synthetic-${pad(i + 1, 5)}`;
}

/** Every file of a synthetic content folder except pages/, keyed by path relative to the folder. */
export function syntheticContent({ deals, eventsPerDeal }: SyntheticSize): Map<string, string> {
  const files = new Map<string, string>();
  const source = (i: number) => pick(SOURCES, i).id;

  files.set(
    'sources/synthetic.yaml',
    stringify(
      SOURCES.map((s, i) => ({
        ...s,
        title: `Synthetic source ${i + 1}`,
        url: `https://example.org/synthetic/${s.id}`,
        accessed: '2026-11-28',
      })),
    ),
  );

  for (let i = 0; i < deals; i++) {
    const id = dealId(i);
    const year = 2001 + (i % 25);
    const history: { date: string; status: string; sources: string[] }[] = [
      { date: `${year}-03`, status: 'talks', sources: [source(i)] },
      { date: `${year}-09-1${i % 10}`, status: 'agreed', sources: [source(i + 1)] },
    ];
    if (i % 3 === 0) history.push({ date: `${year + 1}`, status: 'active', sources: [source(i + 2)] });
    if (i % 5 === 0) history.push({ date: `${year + 2}-05`, status: 'ended', sources: [source(i + 3)] });
    files.set(
      `deals/${id}.yaml`,
      stringify({
        title: `Synthetic deal ${i + 1}`,
        from: [pick(SENDERS, i)],
        to: [pick(RECEIVERS, i * 5 + Math.floor(i / RECEIVERS.length))],
        kind: pick(DEAL_KINDS, i),
        confidence: pick(CONFIDENCE_LEVELS, i),
        summary: `A generated deal for build benchmarks, number ${i + 1}.`,
        statusHistory: history,
        figures: i % 2 === 0 ? { people: [{ value: 10 + i, asOf: `${year + 1}-01`, sources: [source(i)] }] } : {},
        sources: [source(i), source(i + 1)],
      }),
    );
    const events = Array.from({ length: eventsPerDeal }, (_, e) => ({
      id: `${id}-event-${pad(e + 1, 3)}`,
      // Spread over the deal's first years, a month apart.
      date: `${year + Math.floor(e / 12)}-${pad((e % 12) + 1)}`,
      type: pick(EVENT_TYPES, e),
      deals: [id],
      title: `Event ${e + 1} of synthetic deal ${i + 1}`,
      summary: 'A generated event for build benchmarks.',
      ...(e % 4 === 0 ? { people: e + 1 } : {}),
      sources: [source(i + e)],
    }));
    files.set(`events/${id}.yaml`, stringify(events));
  }

  const story = (title: string, order: number, storyDeals: string[]) =>
    [
      '---',
      stringify({
        title,
        dek: 'Generated for build benchmarks.',
        published: '2026-11-01',
        deals: storyDeals,
        order,
      }).trim(),
      '---',
      '',
      `First claim.<Cite id="${source(0)}" /> Second claim.<Cite id="${source(1)}" />`,
      '',
      `Repeated claim.<Cite id="${source(0)}" />`,
      '',
    ].join('\n');
  const firstDeals = Array.from({ length: Math.min(deals, 3) }, (_, i) => dealId(i));
  files.set('stories/synthetic-lead.mdx', story('A synthetic lead story', 1, firstDeals));
  files.set('stories/synthetic-second.mdx', story('A second synthetic story', 2, firstDeals.slice(0, 1)));
  return files;
}

/** Writes synthetic content into `contentDir` (which must not exist yet), with the fixture's fixed pages. */
export function writeSyntheticContent(contentDir: string, size: SyntheticSize): void {
  for (const [path, text] of syntheticContent(size)) {
    const file = join(contentDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  cpSync(FIXTURE_PAGES, join(contentDir, 'pages'), { recursive: true });
}
