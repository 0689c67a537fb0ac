// The bench's synthetic content must pass the same content check as the real site, or its build times mean nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { dealId, syntheticContent, writeSyntheticContent } from '../../scripts/synthetic.ts';

const root = mkdtempSync(join(tmpdir(), 'se-synthetic-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('synthetic content', () => {
  it('passes the content check with the requested numbers of deals and events', () => {
    writeSyntheticContent(join(root, 'content'), { deals: 40, eventsPerDeal: 10 });
    const dataset = validateContent(readContent(join(root, 'content'), root));
    expect(dataset.deals).toHaveLength(40);
    expect(dataset.events).toHaveLength(400);
    expect(dataset.sources.size).toBe(4);
    expect(dataset.stories.map((s) => s.slug)).toEqual(['synthetic-lead', 'synthetic-second']);
  });

  it('is the same for the same size', () => {
    expect(syntheticContent({ deals: 3, eventsPerDeal: 2 })).toEqual(syntheticContent({ deals: 3, eventsPerDeal: 2 }));
    expect(dealId(0)).toBe('synthetic-00001');
  });
});
