/**
 * `npm run check:content`: checks every content file in seconds, without building the site.
 * Prints each problem as `file › field: message` and exits 1 when there is any.
 */
import { loadDataset, contentDir } from '../src/lib/content/index.ts';
import { ContentError } from '../src/lib/content/problems.ts';

const started = performance.now();
try {
  const dataset = loadDataset(contentDir());
  const ms = Math.round(performance.now() - started);
  console.log(
    `content OK: ${dataset.deals.length} deals, ${dataset.events.length} events, ${dataset.sources.size} sources, ${dataset.stories.length} stories (${ms} ms)`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
