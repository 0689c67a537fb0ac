import { describe, expect, it } from 'vitest';
import { dealSchema } from './deal.ts';
import { eventSchema } from './event.ts';
import { sourceSchema } from './source.ts';
import { storySchema } from './story.ts';

const transition = { date: '2025-06', status: 'agreed', sources: ['s'] };
const deal = {
  title: 'T',
  from: ['USA'],
  to: ['RWA'],
  kind: 'third-country-deportation',
  confidence: 'reported',
  summary: 'S',
  statusHistory: [transition],
  sources: ['s'],
};
const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('deal schema', () => {
  it('accepts a minimal deal and fills empty figures', () => {
    const parsed = dealSchema.parse(deal);
    expect(parsed.figures).toEqual({ people: [], money: [], caps: [] });
  });

  it('reads an unquoted YAML year as the year', () => {
    expect(dealSchema.parse({ ...deal, statusHistory: [{ ...transition, date: 2025 }] }).statusHistory[0]?.date).toBe(
      '2025',
    );
  });

  it.each([
    [{ ...deal, to: ['XYZ'] }, /to\.0: "XYZ" is not an ISO 3166-1 alpha-3/],
    [
      { ...deal, statusHistory: [{ ...transition, date: '2025-02-29' }] },
      /statusHistory\.0\.date: "2025-02-29" is impossible/,
    ],
    [{ ...deal, statusHistory: [] }, /statusHistory: give at least one dated status/],
    [{ ...deal, status: 'active' }, /Unrecognized key/],
    [{ ...deal, kind: 'deportation' }, /kind: /],
    [
      { ...deal, figures: { people: [{ value: 7, asOf: '2025', sources: [] }] } },
      /figures\.people\.0\.sources: cite at least one source/,
    ],
    [
      { ...deal, figures: { money: [{ amount: 5, currency: 'XXQ', kind: 'paid', sources: ['s'] }] } },
      /currency: "XXQ" is not an ISO 4217/,
    ],
    [{ ...deal, from: ['RWA'] }, /to: RWA cannot both send and receive/],
  ])('rejects %#', (input, message) => {
    expect(issuesOf(dealSchema.safeParse(input)).join('\n')).toMatch(message);
  });
});

describe('event schema', () => {
  const event = { id: 'e', date: '2025-05-04', type: 'talks', deals: ['d'], title: 'T', summary: 'S', sources: ['s'] };
  it('accepts an event', () => {
    expect(eventSchema.safeParse(event).success).toBe(true);
  });
  it.each([
    [{ ...event, type: 'meeting' }, /type/],
    [{ ...event, deals: [] }, /name at least one deal/],
    [{ ...event, id: 'Bad Id' }, /kebab-case/],
    [{ ...event, people: -1 }, /people/],
    [{ ...event, date: '2025-5-4' }, /not a date/],
  ])('rejects %#', (input, message) => {
    expect(issuesOf(eventSchema.safeParse(input)).join('\n')).toMatch(message);
  });
});

describe('source schema', () => {
  const source = {
    id: 's',
    outlet: 'O',
    title: 'T',
    published: '2025-05',
    url: 'https://example.org/a',
    accessed: '2026-11-28',
  };
  it('defaults kind and headline', () => {
    expect(sourceSchema.parse(source)).toMatchObject({ kind: 'news', headline: 'exact' });
  });
  it.each([
    [{ ...source, url: 'example.org/a' }, /url: must be a full http\(s\) URL/],
    [{ ...source, url: 'ftp://example.org/a' }, /url: must be a full http\(s\) URL/],
    [{ ...source, accessed: '2026-11' }, /accessed: "2026-11" must be a full date/],
    [{ ...source, outlet: '  ' }, /outlet: must not be empty/],
  ])('rejects %#', (input, message) => {
    expect(issuesOf(sourceSchema.safeParse(input)).join('\n')).toMatch(message);
  });
});

describe('story schema', () => {
  it('takes dates parsed as Date objects back to YYYY-MM-DD', () => {
    const parsed = storySchema.parse({ title: 'T', dek: 'D', published: new Date(Date.UTC(2026, 10, 28)) });
    expect(parsed.published).toBe('2026-11-28');
  });
  it('rejects a correction without text', () => {
    expect(
      issuesOf(
        storySchema.safeParse({ title: 'T', dek: 'D', published: '2026-11-28', corrections: [{ date: '2026-11-29' }] }),
      ).join(),
    ).toMatch(/corrections\.0\.text/);
  });
});
