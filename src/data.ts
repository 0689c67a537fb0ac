/**
 * The one place pages get the dataset from. In a build it is read and checked once; in `astro dev` it is read
 * again on every request so that authors see their YAML edits on reload.
 */
import { loadDataset } from './lib/content/index.ts';
import type { Dataset } from './lib/content/records.ts';
import { latestReport } from './lib/dataset.ts';
import type { DataCurrency } from './lib/opendata.ts';
import { reviewedOn } from './site.ts';
import { localizeDataset } from './lib/translation/localize.ts';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales.ts';

let cached: Dataset | undefined;

/**
 * The dataset, its prose in `locale` (translations where they exist, the English marked as such where not). Open
 * data and anything else not written for readers of one language take the English: call it without a locale.
 */
export function getDataset(locale: Locale = DEFAULT_LOCALE): Dataset {
  const dataset = import.meta.env.DEV ? loadDataset() : (cached ??= loadDataset());
  return locale === DEFAULT_LOCALE ? dataset : localizeDataset(dataset, locale);
}

/** How current the record is: the review date and the newest dated report it cites. */
export function dataCurrency(): DataCurrency {
  return { reviewedOn, latestReport: latestReport(getDataset()) };
}
