// Every broken fixture must stop the content check with a message naming its file and field.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ContentError, formatProblem } from '../../src/lib/content/problems.ts';
import { brokenFixtureNames, expectedProblem, materializeFixture } from '../helpers/fixtures.ts';

function check(root: string) {
  return validateContent(readContent(join(root, 'content'), root));
}

describe('content integrity', () => {
  it('accepts the valid fixture', () => {
    const dataset = check(materializeFixture());
    expect(dataset.deals.map((d) => d.id)).toEqual(['gb-rwanda', 'us-rwanda']);
    expect(dataset.events).toHaveLength(3);
    expect(dataset.stories[0]?.citations).toEqual(['fixture-one', 'fixture-two']);
  });

  const names = brokenFixtureNames();
  it('finds every broken fixture folder (none silently skipped: at least the 31 committed)', () => {
    expect(names.length).toBeGreaterThanOrEqual(31);
  });

  it.each(names)('rejects %s, naming the file and the field', (name) => {
    const expected = expectedProblem(name);
    let error: unknown;
    try {
      check(materializeFixture(name));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    const match = problems.find((p) => p.file === expected.file && p.field.startsWith(expected.field));
    expect(
      match,
      `no problem for ${expected.file} › ${expected.field} in:\n${problems.map(formatProblem).join('\n')}`,
    ).toBeDefined();
    expect(match?.message).toContain(expected.message);
    expect((error as Error).message).toContain(`${expected.file} › ${expected.field}`);
  });
});
