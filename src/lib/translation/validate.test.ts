// A translation is current until its English changes; then it is stale (shown, under a notice), never silently
// passed off as current, and the status report lists it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../content/read.ts';
import { validateContent } from '../content/validate.ts';
import { localizeDataset, textLang } from './localize.ts';
import { translationReport } from './report.ts';
import { materializeFixture } from '../../../tests/helpers/fixtures.ts';

const load = (root: string) => validateContent(readContent(join(root, 'content'), root));

describe('translation state', () => {
  it('turns stale when the English text changes after translation, and is listed as such', () => {
    const root = materializeFixture();
    expect(load(root).translations.get('fr')?.events.get('fixture-talks')?.state).toBe('current');

    const events = join(root, 'content', 'events', 'fixture.yaml');
    writeFileSync(
      events,
      readFileSync(events, 'utf8').replace('A minister confirmed talks.', 'A minister confirmed early talks.'),
    );
    const dataset = load(root);
    const talks = dataset.translations.get('fr')?.events.get('fixture-talks');
    expect(talks?.state).toBe('stale');
    expect(talks?.translatedOn).toBe('2026-12-01');
    const report = translationReport(dataset).find((r) => r.locale === 'fr');
    expect(report?.stale.map((e) => e.what)).toEqual(['event fixture-talks', 'event fixture-signed']);
  });

  it('does not turn stale when only a source or a date changes', () => {
    const root = materializeFixture();
    const events = join(root, 'content', 'events', 'fixture.yaml');
    writeFileSync(events, readFileSync(events, 'utf8').replace('date: "2025-05-04"', 'date: "2025-05-05"'));
    expect(load(root).translations.get('fr')?.events.get('fixture-talks')?.state).toBe('current');
  });

  it('localizes prose only, and marks English standing in for a missing translation', () => {
    const dataset = load(materializeFixture());
    const fr = localizeDataset(dataset, 'fr');
    const deal = fr.deals.find((d) => d.id === 'us-rwanda');
    expect(deal?.title).toBe('Accord de test');
    expect(deal?.statusHistory.map((t) => t.date)).toEqual(['2025-05', '2025-06-14']);
    expect(deal?.statusHistory[1]?.note).toBe('Signé.');
    expect(textLang(deal ?? {}, 'fr')).toBeUndefined();
    const gb = fr.deals.find((d) => d.id === 'gb-rwanda');
    expect(gb?.text?.state).toBe('missing');
    expect(textLang(gb ?? {}, 'fr')).toBe('en');
    expect(localizeDataset(dataset, 'en')).toBe(dataset);
  });
});
