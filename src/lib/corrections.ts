/** Every correction on the site, stories and deals together, newest first: the corrections page and feed read this. */
import type { Correction } from '../schemas/common.ts';
import type { Dataset } from './content/records.ts';

export interface CorrectionEntry extends Correction {
  /** What was corrected. */
  subject: { kind: 'story' | 'deal'; id: string; title: string; path: string };
}

export function allCorrections(dataset: Dataset): CorrectionEntry[] {
  const fromStories = dataset.stories.flatMap((story) =>
    story.corrections.map((correction) => ({
      ...correction,
      subject: { kind: 'story' as const, id: story.slug, title: story.title, path: `/stories/${story.slug}/` },
    })),
  );
  const fromDeals = dataset.deals.flatMap((deal) =>
    deal.corrections.map((correction) => ({
      ...correction,
      subject: { kind: 'deal' as const, id: deal.id, title: deal.title, path: `/deals/${deal.id}/` },
    })),
  );
  return [...fromStories, ...fromDeals].sort(
    (a, b) => b.date.localeCompare(a.date) || a.subject.path.localeCompare(b.subject.path),
  );
}
