/**
 * Translations of the content into the site's other languages, as the checker returns them. Each translated entry
 * records the fingerprint of the English text it translates; when the English changes, the fingerprint no longer
 * matches and the translation is `stale`: still shown, under a dated notice, until a translator updates it.
 */

/** `current`: translates the English as it is now; `stale`: translates an older English text. */
export type TranslationState = 'current' | 'stale';

export interface TranslationStamp {
  readonly state: TranslationState;
  /** When the translation was last brought up to date with the English, YYYY-MM-DD. */
  readonly translatedOn: string;
  /** The translation file, relative to the repository root. */
  readonly file: string;
}

export interface DealTranslation extends TranslationStamp {
  readonly title: string;
  readonly summary: string;
  /** One per English status transition, same order; null where the English has no note. */
  readonly statusNotes: readonly (string | null)[];
  readonly figureNotes: {
    readonly people: readonly (string | null)[];
    readonly money: readonly (string | null)[];
    readonly caps: readonly (string | null)[];
  };
  /** One per English correction, same order. */
  readonly corrections: readonly string[];
}

export interface EventTranslation extends TranslationStamp {
  readonly title: string;
  readonly summary: string;
  readonly disputed?: string;
  /** `original`: the speaker's own words in this language; otherwise the page marks the quotation as translated. */
  readonly quote?: { readonly text: string; readonly speaker: string; readonly original: boolean };
}

export interface StoryTranslation extends TranslationStamp {
  readonly title: string;
  readonly dek: string;
  readonly corrections: readonly string[];
}

export interface PageTranslation extends TranslationStamp {
  readonly title: string;
  readonly description: string;
}

/** Everything translated into one language, by English id or slug. An entry that is absent is missing. */
export interface LocaleTranslations {
  readonly deals: ReadonlyMap<string, DealTranslation>;
  readonly events: ReadonlyMap<string, EventTranslation>;
  readonly stories: ReadonlyMap<string, StoryTranslation>;
  readonly pages: ReadonlyMap<string, PageTranslation>;
}
