import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from './content/read.ts';
import { validateContent } from './content/validate.ts';
import {
  dataMeta,
  dealBundleJson,
  dealEventsCsv,
  dealsCsv,
  dealsJson,
  eventsJson,
  sourcesJson,
  toCsv,
} from './opendata.ts';
import { materializeFixture } from '../../tests/helpers/fixtures.ts';

const root = materializeFixture();
const dataset = validateContent(readContent(join(root, 'content'), root));

describe('open data contract', () => {
  it('deals.json has the documented shape, with source URLs and the derived status', () => {
    const deal = dealsJson(dataset).deals.find((d) => d.id === 'us-rwanda');
    expect(deal).toMatchObject({
      id: 'us-rwanda',
      from: ['USA'],
      to: ['RWA'],
      kind: 'third-country-deportation',
      status: 'agreed',
      confidence: 'confirmed-one',
      statusHistory: [
        { date: '2025-05', status: 'talks', sources: ['https://example.org/one'] },
        { date: '2025-06-14', status: 'agreed', sources: ['https://example.org/two'] },
      ],
      sources: ['https://example.org/one'],
    });
    expect(Object.keys(deal ?? {})).toEqual([
      'id',
      'title',
      'from',
      'to',
      'kind',
      'status',
      'confidence',
      'summary',
      'statusHistory',
      'figures',
      'sources',
    ]);
  });

  it('events.json keeps date precision and resolves sources', () => {
    const { events } = eventsJson(dataset);
    expect(events.map((e) => e.date)).toEqual(['2022', '2025-05-04', '2025-06']);
    expect(events[2]).toEqual({
      id: 'fixture-signed',
      date: '2025-06',
      type: 'agreement-signed',
      deals: ['us-rwanda'],
      title: 'Agreement signed',
      summary: 'An agreement was signed.',
      people: 7,
      sources: [
        { url: 'https://example.org/two', outlet: 'Example Gazette', title: 'Another headline', published: '2025-08' },
      ],
    });
    expect(events[0]?.people).toBeNull();
  });

  it('sources.json lists every source once', () => {
    expect(sourcesJson(dataset).sources.map((s) => s.id)).toEqual(['fixture-one', 'fixture-two']);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks and joins lists', () => {
    expect(
      toCsv(
        ['a', 'b', 'c'],
        [
          ['x, y', 'say "hi"', ['p', 'q']],
          [null, 3, 'line\nbreak'],
        ],
      ),
    ).toBe('a,b,c\r\n"x, y","say ""hi""",p | q\r\n,3,"line\nbreak"\r\n');
  });
  it('has one row per deal after the header', () => {
    expect(dealsCsv(dataset).trim().split('\r\n')).toHaveLength(3);
  });

  const meta = dataMeta(
    'https://example.org',
    { builtOn: '2026-11-28', commit: 'abc123def456' },
    { reviewedOn: '2026-11-30', latestReport: '2026-07' },
  );

  it('heads each JSON file with the licence, documentation page, build, review date and newest report', () => {
    expect(meta).toEqual({
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      documentation: 'https://example.org/data/',
      builtOn: '2026-11-28',
      commit: 'abc123def456',
      reviewedOn: '2026-11-30',
      latestReport: '2026-07',
    });
    expect(dealsJson(dataset, meta).meta).toBe(meta);
    expect(Object.keys(eventsJson(dataset, meta))).toEqual(['meta', 'events']);
  });

  it('offers one deal with exactly its events, as JSON and as CSV', () => {
    const bundle = dealBundleJson(dataset, 'us-rwanda', meta);
    expect(bundle.deal.id).toBe('us-rwanda');
    const expected = eventsJson(dataset).events.filter((e) => e.deals.includes('us-rwanda'));
    expect(bundle.events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(bundle.events.length).toBeGreaterThan(0);
    const rows = dealEventsCsv(dataset, 'us-rwanda').trim().split('\r\n');
    expect(rows).toHaveLength(expected.length + 1);
    expect(() => dealEventsCsv(dataset, 'nope')).toThrow(/Unknown deal/);
  });
});
