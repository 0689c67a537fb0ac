/**
 * The checked dataset's record types: what src/lib/content/validate.ts returns and every query reads. Types only,
 * in a module of their own, so that the queries (dataset.ts, facts.ts) and the checker that uses them do not
 * import each other.
 */
import type { Deal, DealStatus } from '../../schemas/deal.ts';
import type { DealEvent } from '../../schemas/event.ts';
import type { Source } from '../../schemas/source.ts';
import type { StoryFrontmatter } from '../../schemas/story.ts';
import type { PageFrontmatter } from '../../schemas/page.ts';
import type { LocaleTranslations } from '../translation/records.ts';

/**
 * In a dataset localized for another language (src/lib/translation/localize.ts): the language the record's text is
 * in, and how its translation stands. Absent in the English dataset.
 */
export interface Localized {
  readonly text?: {
    /** `en` when the translation is missing and the English text stands in. */
    readonly lang: string;
    readonly state: 'current' | 'stale' | 'missing';
    readonly translatedOn?: string;
  };
}

export interface DealRecord extends Deal, Localized {
  readonly id: string;
  /** The status of the last transition. */
  readonly status: DealStatus;
  readonly file: string;
}
export interface EventRecord extends Omit<DealEvent, 'quote'>, Localized {
  /** `translated`: a localized quotation rendered from another language, which the page says. */
  readonly quote?: (NonNullable<DealEvent['quote']> & { readonly translated?: boolean }) | undefined;
  readonly file: string;
}
export interface SourceRecord extends Source {
  readonly file: string;
}
/** What a story or page body cites, for its footnotes. */
export interface CitationFields {
  /** Source ids in footnote order. */
  readonly citations: readonly string[];
  /** How many times each source id is cited in the body. */
  readonly citationCounts: ReadonlyMap<string, number>;
  /** For each <Cite> in reading order, whether it directly follows another. */
  readonly citationAdjacent: readonly boolean[];
}

export interface StoryRecord extends StoryFrontmatter, CitationFields, Localized {
  readonly slug: string;
  readonly file: string;
}

export interface PageRecord extends PageFrontmatter, CitationFields, Localized {
  readonly slug: string;
  readonly file: string;
}

export interface Dataset {
  /** Sorted by id. */
  readonly deals: readonly DealRecord[];
  /** Sorted chronologically, then by id. */
  readonly events: readonly EventRecord[];
  readonly sources: ReadonlyMap<string, SourceRecord>;
  /** Sorted by `order`, then newest first. */
  readonly stories: readonly StoryRecord[];
  /** Fixed pages (methodology, open data, style guide), by slug. */
  readonly pages: readonly PageRecord[];
  /** What each other language has translated (content/translations/<locale>/), by locale. */
  readonly translations: ReadonlyMap<string, LocaleTranslations>;
}
