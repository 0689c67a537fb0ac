/**
 * `npm run new -- deal|event|story <id> [options]`: writes a new content file from a template, checks the whole
 * content folder, and prints what is left to fill in. Run it with no arguments for help.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, loadDataset } from '../src/lib/content/index.ts';
import { ContentError } from '../src/lib/content/problems.ts';
import { isCountryCode, suggestCountryCode } from '../src/lib/countries.ts';
import { partialDateProblem, todayIso } from '../src/lib/dates.ts';
import {
  dealTemplate,
  dealTranslationTemplate,
  eventTemplate,
  eventTranslationTemplate,
  EVENT_TYPE_CHOICES,
  STATUS_CHOICES,
  storyTemplate,
  storyTranslationTemplate,
  todoLines,
} from '../src/lib/scaffold.ts';
import { DEFAULT_LOCALE, LOCALES } from '../src/i18n/locales.ts';

const USAGE = `Usage:
  npm run new -- deal <id> --from USA --to RWA --date 2025-05 --source <source-id> [--status talks]
  npm run new -- event <id> --deal <deal-id> --date 2025-05-04 --source <source-id> [--type other]
  npm run new -- story <slug> [--deal <deal-id>]...

Ids are lowercase kebab-case. Countries are ISO 3166-1 alpha-3 codes (repeat --from/--to for several).
Dates keep the precision you know: 2025, 2025-05 or 2025-05-04. Sources must already exist in content/sources/.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: 'string', multiple: true },
    to: { type: 'string', multiple: true },
    date: { type: 'string' },
    source: { type: 'string' },
    status: { type: 'string', default: 'talks' },
    deal: { type: 'string', multiple: true },
    type: { type: 'string', default: 'other' },
    help: { type: 'boolean', short: 'h' },
  },
});

const problems: string[] = [];
const fail = (): never => {
  console.error(`${problems.map((p) => `✗ ${p}`).join('\n')}\n\n${USAGE}`);
  process.exit(1);
};

const [kind, id] = positionals;
if (values.help || !kind) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
if (!['deal', 'event', 'story'].includes(kind))
  problems.push(`"${kind}" is not something to create: use deal, event or story`);
if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
  problems.push(`<id>: "${id ?? ''}" must be lowercase kebab-case, e.g. us-rwanda`);
if (problems.length > 0) fail();

const root = contentDir();
const dataset = (() => {
  try {
    return loadDataset(root);
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`Fix the content first:\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
})();

const requireSource = (value: string | undefined) => {
  if (!value) problems.push('--source: required (an id from content/sources/)');
  else if (!dataset.sources.has(value))
    problems.push(`--source: unknown source "${value}": add it to content/sources/ first`);
};
const requireDate = (value: string | undefined) => {
  if (!value) problems.push('--date: required (2025, 2025-05 or 2025-05-04)');
  else {
    const problem = partialDateProblem(value);
    if (problem) problems.push(`--date: ${problem}`);
  }
};
const requireCountries = (flag: string, codes: readonly string[] | undefined) => {
  if (!codes || codes.length === 0) problems.push(`--${flag}: required (an ISO alpha-3 code such as USA)`);
  for (const code of codes ?? []) {
    if (!isCountryCode(code)) {
      const suggestion = suggestCountryCode(code);
      problems.push(
        `--${flag}: "${code}" is not an ISO 3166-1 alpha-3 code${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
      );
    }
  }
};
const requireDeal = (value: string | undefined) => {
  if (!value) problems.push('--deal: required (an id from content/deals/)');
  else if (!dataset.deals.some((deal) => deal.id === value)) problems.push(`--deal: unknown deal "${value}"`);
};

let file: string;
let text: string;
let append = false;
if (kind === 'deal') {
  file = join(root, 'deals', `${id}.yaml`);
  if (existsSync(file)) problems.push(`<id>: ${file} already exists`);
  requireCountries('from', values.from);
  requireCountries('to', values.to);
  requireDate(values.date);
  requireSource(values.source);
  if (!(STATUS_CHOICES as readonly string[]).includes(values.status)) {
    problems.push(`--status: use one of ${STATUS_CHOICES.join(', ')}`);
  }
  if (problems.length > 0) fail();
  text = dealTemplate({
    from: values.from ?? [],
    to: values.to ?? [],
    date: values.date ?? '',
    status: values.status,
    source: values.source ?? '',
  });
} else if (kind === 'event') {
  const deal = values.deal?.[0];
  requireDeal(deal);
  requireDate(values.date);
  requireSource(values.source);
  if (dataset.events.some((event) => event.id === id)) problems.push(`<id>: an event "${id}" already exists`);
  if (!(EVENT_TYPE_CHOICES as readonly string[]).includes(values.type)) {
    problems.push(`--type: use one of ${EVENT_TYPE_CHOICES.join(', ')}`);
  }
  if (problems.length > 0) fail();
  file = join(root, 'events', `${deal ?? ''}.yaml`);
  append = existsSync(file);
  text = eventTemplate({
    id: id ?? '',
    deal: deal ?? '',
    date: values.date ?? '',
    type: values.type,
    source: values.source ?? '',
  });
} else {
  file = join(root, 'stories', `${id}.mdx`);
  if (existsSync(file)) problems.push(`<id>: ${file} already exists`);
  for (const deal of values.deal ?? []) requireDeal(deal);
  if (problems.length > 0) fail();
  text = storyTemplate({ deals: values.deal ?? [], today: todayIso() });
}

const before = append ? readFileSync(file, 'utf8') : '';
if (append) appendFileSync(file, before.endsWith('\n') ? text : `\n${text}`);
else writeFileSync(file, text);
console.log(`${append ? 'Added to' : 'Wrote'} ${file}`);

// The same entry's translation stubs, one per other language: placeholders until a translator fills them.
const stubs: string[] = [];
for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
  const folder = kind === 'deal' ? 'deals' : kind === 'event' ? 'events' : 'stories';
  const name = file.slice(file.lastIndexOf('/') + 1);
  const stub = join(root, 'translations', locale, folder, name);
  const stubText =
    kind === 'deal'
      ? dealTranslationTemplate(id ?? '')
      : kind === 'event'
        ? eventTranslationTemplate(id ?? '')
        : storyTranslationTemplate(id ?? '');
  mkdirSync(dirname(stub), { recursive: true });
  if (kind === 'event' && existsSync(stub)) {
    const existing = readFileSync(stub, 'utf8');
    appendFileSync(stub, existing.endsWith('\n') ? stubText : `\n${stubText}`);
  } else writeFileSync(stub, stubText);
  stubs.push(stub);
}
console.log(`Translation stubs: ${stubs.join(', ')}`);

try {
  loadDataset(root);
  console.log('The content check passes: `npm run dev` shows it now.');
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`The content check now fails, which is a bug in the template:\n${error.message}`);
  process.exit(1);
}

const offset = before === '' ? 0 : before.split('\n').length - (before.endsWith('\n') ? 1 : 0);
const todos = todoLines(text).map((line) =>
  line.replace(/^line (\d+)/, (_m, n: string) => `line ${Number(n) + offset}`),
);
console.log(
  `\nFill in (${todos.length}); \`npm test\` refuses content that still says TODO:\n${todos.map((t) => `  ${t}`).join('\n')}`,
);
console.log(
  `\nThen have it translated: ${stubs.join(', ')} hold placeholders until then (npm run translations -- status).`,
);
