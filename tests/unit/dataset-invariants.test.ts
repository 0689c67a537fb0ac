// Invariants of the published dataset in content/, beyond what each file's schema can check alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { todoLines } from '../../src/lib/scaffold.ts';
import { unannouncedChanges, type PublishedRecord } from '../../src/lib/published.ts';
import { loadDataset } from '../../src/lib/content/index.ts';
import { eventsForDeal } from '../../src/lib/dataset.ts';
import { isNotBefore } from '../../src/lib/dates.ts';
import { reviewedOn } from '../../src/site.ts';
import { countryAnchor } from '../../src/lib/geo/world.ts';
import { countryCodes } from '../../src/lib/dataset.ts';

const dataset = loadDataset();

describe('published dataset', () => {
  it('announces every change to a published deal with an updated date or a correction', () => {
    const record = JSON.parse(readFileSync('content/published.json', 'utf8')) as PublishedRecord;
    expect(unannouncedChanges(record, dataset.deals).map((p) => `${p.file} › ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('has no TODO placeholder left by `npm run new`', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    const left = files('content').flatMap((file) =>
      todoLines(readFileSync(file, 'utf8')).map((line) => `${file} ${line}`),
    );
    expect(left).toEqual([]);
  });

  it('has every deal backed by at least one dated event', () => {
    const without = dataset.deals.filter((deal) => eventsForDeal(dataset, deal.id).length === 0).map((d) => d.id);
    expect(without).toEqual([]);
  });

  it('dates nothing after the last editorial review', () => {
    const future = [
      ...dataset.events.filter((e) => !isNotBefore(reviewedOn, e.date)).map((e) => `${e.file} ${e.id} ${e.date}`),
      ...dataset.deals.flatMap((d) =>
        d.statusHistory.filter((t) => !isNotBefore(reviewedOn, t.date)).map((t) => `${d.file} ${t.date}`),
      ),
      ...[...dataset.sources.values()]
        .filter((s) => !isNotBefore(reviewedOn, s.accessed))
        .map((s) => `${s.file} ${s.id} accessed ${s.accessed}`),
    ];
    expect(future).toEqual([]);
  });

  it('can place every country of every deal on the map', () => {
    expect(countryCodes(dataset).filter((code) => countryAnchor(code) === undefined)).toEqual([]);
  });

  // That every event, transition and figure cites a source is the schema's job (sourceIdsSchema), proven by the
  // broken fixtures event-without-source and transition-missing-source; that each cited id exists, by the
  // cross-file check (story-missing-source). Here only what the schemas cannot know: how much the record holds.
  it('holds the record the coverage work set as its floor: at least 40 deals and 320 dated events', () => {
    expect(dataset.deals.length).toBeGreaterThanOrEqual(40);
    expect(dataset.events.length).toBeGreaterThanOrEqual(320);
  });

  it('cites at least one source in every story', () => {
    expect(dataset.stories.filter((s) => s.citations.length === 0).map((s) => s.file)).toEqual([]);
  });

  it('never records a source address twice under different ids', () => {
    const byUrl = new Map<string, string[]>();
    for (const source of dataset.sources.values()) byUrl.set(source.url, [...(byUrl.get(source.url) ?? []), source.id]);
    expect([...byUrl].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });
});
