/** What each language lacks: the entries with no translation and those whose translation predates the English. */
import type { Dataset } from '../content/records.ts';

export interface ReportEntry {
  /** "deal us-rwanda", "event us-rwanda-2025-05-04-talks-confirmed", "story rwanda-us-talks", "page methodology". */
  readonly what: string;
  /** The translation file that holds (or should hold) the entry. */
  readonly file: string;
  readonly translatedOn?: string;
}

export interface TranslationReport {
  readonly locale: string;
  /** Entries to translate: deals, events, stories and pages. */
  readonly total: number;
  readonly missing: readonly ReportEntry[];
  readonly stale: readonly ReportEntry[];
}

/** content/deals/x.yaml → content/translations/fr/deals/x.yaml */
export function translationFile(englishFile: string, locale: string): string {
  return englishFile.replace(/(^|\/)(deals|events|stories|pages)\/([^/]+)$/, `$1translations/${locale}/$2/$3`);
}

export function translationReport(dataset: Dataset): TranslationReport[] {
  return [...dataset.translations].map(([locale, translations]) => {
    const missing: ReportEntry[] = [];
    const stale: ReportEntry[] = [];
    const entries = [
      ...dataset.deals.map((d) => ({ what: `deal ${d.id}`, file: d.file, found: translations.deals.get(d.id) })),
      ...dataset.events.map((e) => ({ what: `event ${e.id}`, file: e.file, found: translations.events.get(e.id) })),
      ...dataset.stories.map((s) => ({
        what: `story ${s.slug}`,
        file: s.file,
        found: translations.stories.get(s.slug),
      })),
      ...dataset.pages.map((p) => ({ what: `page ${p.slug}`, file: p.file, found: translations.pages.get(p.slug) })),
    ];
    for (const { what, file, found } of entries) {
      if (!found) missing.push({ what, file: translationFile(file, locale) });
      else if (found.state === 'stale') stale.push({ what, file: found.file, translatedOn: found.translatedOn });
    }
    return { locale, total: entries.length, missing, stale };
  });
}
