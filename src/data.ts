/**
 * The one place pages get the dataset from. In a build it is read and checked once; in `astro dev` it is read
 * again on every request so that authors see their YAML edits on reload.
 */
import { loadDataset } from './lib/content/index.ts';
import type { Dataset } from './lib/content/records.ts';
import { latestReport } from './lib/dataset.ts';
import type { DataCurrency } from './lib/opendata.ts';
import { reviewedOn } from './site.ts';

let cached: Dataset | undefined;

export function getDataset(): Dataset {
  if (import.meta.env.DEV) return loadDataset();
  cached ??= loadDataset();
  return cached;
}

/** How current the record is: the review date and the newest dated report it cites. */
export function dataCurrency(): DataCurrency {
  return { reviewedOn, latestReport: latestReport(getDataset()) };
}
