/**
 * `npm run record`: writes content/published.json, the record of each deal's parties, dates and status as now
 * published. Run it after a deal change has landed with its `updated` date or correction; `npm test` compares the
 * deals against this record.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, loadDataset } from '../src/lib/content/index.ts';
import { recordPublished } from '../src/lib/published.ts';
import { todayIso } from '../src/lib/dates.ts';

const dir = contentDir();
const record = recordPublished(loadDataset(dir).deals, todayIso());
const file = join(dir, 'published.json');
writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
console.log(`Recorded ${Object.keys(record.deals).length} published deals in ${file}`);
