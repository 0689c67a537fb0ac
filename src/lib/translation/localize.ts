/**
 * The dataset as a page in another language reads it: every title, summary, note, correction and quotation
 * replaced by its translation, and each record's `text` saying which language its text is in and whether the
 * translation is current, stale or missing (then the English stands in, and pages mark it `lang="en"`). Facts —
 * dates, numbers, sources, statuses — are the English records' own: only prose is translated.
 */
import type { Dataset, DealRecord, EventRecord, Localized, PageRecord, StoryRecord } from '../content/records.ts';
import type { TranslationStamp } from './records.ts';

const cache = new WeakMap<Dataset, Map<string, Dataset>>();

const textOf = (locale: string, found: TranslationStamp | undefined): NonNullable<Localized['text']> =>
  found ? { lang: locale, state: found.state, translatedOn: found.translatedOn } : { lang: 'en', state: 'missing' };

/** A translated note list is used only while it lines up with the English one (a stale one may not). */
function notes<T extends { note?: string | undefined }>(
  items: readonly T[],
  translated: readonly (string | null)[] | undefined,
): T[] {
  if (!translated || translated.length !== items.length) return [...items];
  return items.map((item, i) => {
    const note = translated[i];
    return note == null ? item : { ...item, note };
  });
}

/** Translated correction texts, used only while they line up with the English ones. */
function corrections<T extends { text: string }>(items: T[], translated: readonly string[]): T[] {
  if (translated.length !== items.length) return items;
  return items.map((item, i) => ({ ...item, text: translated[i] ?? item.text }));
}

export function localizeDataset(dataset: Dataset, locale: string): Dataset {
  const translations = dataset.translations.get(locale);
  if (!translations) return dataset;
  const byLocale = cache.get(dataset) ?? new Map<string, Dataset>();
  cache.set(dataset, byLocale);
  const cached = byLocale.get(locale);
  if (cached) return cached;

  const deals = dataset.deals.map((deal): DealRecord => {
    const found = translations.deals.get(deal.id);
    if (!found) return { ...deal, text: textOf(locale, found) };
    return {
      ...deal,
      title: found.title,
      summary: found.summary,
      statusHistory: notes(deal.statusHistory, found.statusNotes),
      figures: {
        people: notes(deal.figures.people, found.figureNotes.people),
        money: notes(deal.figures.money, found.figureNotes.money),
        caps: notes(deal.figures.caps, found.figureNotes.caps),
      },
      corrections: corrections(deal.corrections, found.corrections),
      text: textOf(locale, found),
    };
  });
  const events = dataset.events.map((event): EventRecord => {
    const found = translations.events.get(event.id);
    if (!found) return { ...event, text: textOf(locale, found) };
    const { disputed, quote, ...rest } = event;
    return {
      ...rest,
      title: found.title,
      summary: found.summary,
      ...(disputed === undefined ? {} : { disputed: found.disputed ?? disputed }),
      ...(quote === undefined
        ? {}
        : {
            quote: found.quote
              ? { text: found.quote.text, speaker: found.quote.speaker, translated: !found.quote.original }
              : quote,
          }),
      text: textOf(locale, found),
    };
  });
  const stories = dataset.stories.map((story): StoryRecord => {
    const found = translations.stories.get(story.slug);
    if (!found) return { ...story, text: textOf(locale, found) };
    return {
      ...story,
      title: found.title,
      dek: found.dek,
      corrections: corrections(story.corrections, found.corrections),
      text: textOf(locale, found),
    };
  });
  const pages = dataset.pages.map((page): PageRecord => {
    const found = translations.pages.get(page.slug);
    if (!found) return { ...page, text: textOf(locale, found) };
    return { ...page, title: found.title, description: found.description, text: textOf(locale, found) };
  });
  const localized: Dataset = { ...dataset, deals, events, stories, pages };
  byLocale.set(locale, localized);
  return localized;
}

/** The `lang` attribute a record's text needs on a page in `locale`: set only when the text is in another language. */
export function textLang(record: Localized, locale: string): string | undefined {
  const lang = record.text?.lang;
  return lang && lang !== locale ? lang : undefined;
}
