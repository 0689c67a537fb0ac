// `npm run new` end to end: each template, written into a copy of the valid fixture, passes the content check and
// lists what is left to fill in; bad arguments are refused with the flag named, and nothing is written.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/content/index.ts';
import { translationReport } from '../../src/lib/translation/report.ts';
import { materializeFixture } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function runNew(content: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'new.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, SE_CONTENT_DIR: content },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run new', () => {
  it('scaffolds a deal, an event for it and a story about it, each valid with its TODOs listed', () => {
    const content = join(materializeFixture(), 'content');
    const deal = runNew(content, [
      'deal',
      'fr-testland',
      '--from',
      'FRA',
      '--to',
      'RWA',
      '--date',
      '2025-05',
      '--source',
      'fixture-one',
    ]);
    expect(deal.err).toBe('');
    expect(deal.status).toBe(0);
    expect(deal.out).toMatch(/content check passes/);
    expect(deal.out).toMatch(/line 2: title: 'TODO/);

    const event = runNew(content, [
      'event',
      'fr-testland-2025-06-first',
      '--deal',
      'fr-testland',
      '--date',
      '2025-06',
      '--source',
      'fixture-two',
      '--type',
      'transfer',
    ]);
    expect(event.status).toBe(0);
    const story = runNew(content, ['story', 'testland', '--deal', 'fr-testland']);
    expect(story.status).toBe(0);

    const dataset = loadDataset(content);
    // Translation stubs in every other language: placeholders, so the entries count as untranslated.
    for (const locale of ['fr', 'es']) {
      expect(readFileSync(join(content, 'translations', locale, 'deals', 'fr-testland.yaml'), 'utf8')).toContain(
        "title: 'TODO",
      );
      expect(readFileSync(join(content, 'translations', locale, 'events', 'fr-testland.yaml'), 'utf8')).toContain(
        'fr-testland-2025-06-first:',
      );
      expect(readFileSync(join(content, 'translations', locale, 'stories', 'testland.mdx'), 'utf8')).toContain('TODO');
      expect(
        translationReport(dataset)
          .find((r) => r.locale === locale)
          ?.missing.map((e) => e.what),
      ).toEqual(expect.arrayContaining(['deal fr-testland', 'event fr-testland-2025-06-first', 'story testland']));
    }
    expect(dataset.deals.find((d) => d.id === 'fr-testland')).toMatchObject({
      from: ['FRA'],
      to: ['RWA'],
      status: 'talks',
    });
    expect(dataset.events.find((e) => e.id === 'fr-testland-2025-06-first')).toMatchObject({
      date: '2025-06',
      type: 'transfer',
    });
    expect(dataset.stories.find((s) => s.slug === 'testland')?.deals).toEqual(['fr-testland']);
    expect(readFileSync(join(content, 'stories', 'testland.mdx'), 'utf8')).toContain('TODO');
  });

  it('appends an event to the deal file that already holds its events', () => {
    const content = join(materializeFixture(), 'content');
    const before = loadDataset(content).events.length;
    const result = runNew(content, [
      'event',
      'us-rwanda-2025-07-extra',
      '--deal',
      'us-rwanda',
      '--date',
      '2025-07',
      '--source',
      'fixture-one',
    ]);
    expect(result.status).toBe(0);
    expect(loadDataset(content).events).toHaveLength(before + 1);
  });

  it('refuses bad arguments, naming each flag, and writes nothing', () => {
    const content = join(materializeFixture(), 'content');
    const result = runNew(content, [
      'deal',
      'bad-deal',
      '--from',
      'US',
      '--to',
      'RWA',
      '--date',
      '2025-13',
      '--source',
      'nope',
    ]);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/--from: "US" is not an ISO 3166-1 alpha-3 code \(did you mean USA\?\)/);
    expect(result.err).toMatch(/--date: "2025-13"/);
    expect(result.err).toMatch(/--source: unknown source "nope"/);
    expect(existsSync(join(content, 'deals', 'bad-deal.yaml'))).toBe(false);
  });
});
