/**
 * `npm run check:content`: checks every content file in seconds, without building the site, translations
 * included. Prints each problem as `file › field: message`, then what each language lacks (stale translations are
 * listed: the site shows them under a dated notice until they are updated). Exits 1 on any problem or on a
 * missing translation: every entry must be translated before it lands.
 */
import { loadDataset, contentDir } from '../src/lib/content/index.ts';
import { ContentError } from '../src/lib/content/problems.ts';
import { translationReport } from '../src/lib/translation/report.ts';

const started = performance.now();
try {
  const dataset = loadDataset(contentDir());
  const ms = Math.round(performance.now() - started);
  console.log(
    `content OK: ${dataset.deals.length} deals, ${dataset.events.length} events, ${dataset.sources.size} sources, ${dataset.stories.length} stories (${ms} ms)`,
  );
  let missing = 0;
  for (const { locale, total, missing: absent, stale } of translationReport(dataset)) {
    console.log(
      `translations ${locale}: ${total - absent.length - stale.length} of ${total} current, ${stale.length} stale, ${absent.length} missing`,
    );
    for (const entry of stale)
      console.log(`  stale    ${entry.what} (${entry.file}, translated ${entry.translatedOn ?? '?'})`);
    for (const entry of absent) console.log(`  missing  ${entry.what} (write ${entry.file})`);
    missing += absent.length;
  }
  if (missing > 0) {
    console.error(`✗ ${missing} translation(s) missing: translate them (npm run translations -- status shows them)`);
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
