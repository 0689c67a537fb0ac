/**
 * Checks the translation files against the English content and returns what each language has translated.
 * A file with a syntax or schema error, a key with no English entry or an unstamped entry
 * is a problem that stops the build. A translation stamped with an older English fingerprint is `stale`: it is
 * shown under a notice, and not compared further. A `current` translation must match its English entry in
 * structure (one note per English note, the same components with the same props) and in facts: the numbers,
 * months and currencies of every field (`parity.ts`).
 */
import { z } from 'astro/zod';
import { dayDateSchema, idSchema, textSchema } from '../../schemas/common.ts';
import { LOCALES, DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { isProseProp, type AttributeValue, type ComponentUse } from '../mdx-components.ts';
import type { RawFile, RawStory, RawTranslations } from '../content/read.ts';
import { fieldPath, type ContentProblem } from '../content/problems.ts';
import type { DealRecord, EventRecord, PageRecord, StoryRecord } from '../content/records.ts';
import { parityProblems } from './parity.ts';
import type { DealTranslation, EventTranslation, LocaleTranslations, TranslationStamp } from './records.ts';

/** A language the content is translated into: every locale but the default, English. */
export type TranslatedLocale = Exclude<(typeof LOCALES)[number], 'en'>;

const stampFields = {
  /** Fingerprint of the English text translated, written by `npm run translations -- stamp`. */
  translates: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'must be the 12-digit fingerprint written by the stamp command')
    .optional(),
  translatedOn: dayDateSchema.optional(),
};
const noteList = z.array(textSchema.nullable());

const dealTranslationSchema = z.strictObject({
  ...stampFields,
  title: textSchema,
  summary: textSchema,
  statusHistory: noteList.default([]),
  figures: z
    .strictObject({ people: noteList.default([]), money: noteList.default([]), caps: noteList.default([]) })
    .default({ people: [], money: [], caps: [] }),
  corrections: z.array(textSchema).default([]),
});

const eventTranslationSchema = z.strictObject({
  ...stampFields,
  title: textSchema,
  summary: textSchema,
  disputed: textSchema.optional(),
  quote: z.strictObject({ text: textSchema, speaker: textSchema, original: z.boolean().default(false) }).optional(),
});

const storyTranslationSchema = z.strictObject({
  ...stampFields,
  title: textSchema,
  dek: textSchema,
  corrections: z.array(textSchema).default([]),
});

const pageTranslationSchema = z.strictObject({ ...stampFields, title: textSchema, description: textSchema });

export interface EnglishContent {
  readonly deals: readonly DealRecord[];
  readonly events: readonly EventRecord[];
  readonly stories: readonly StoryRecord[];
  readonly pages: readonly PageRecord[];
  /** The English MDX files, for their bodies' components. */
  readonly rawStories: readonly RawStory[];
  readonly rawPages: readonly RawStory[];
}

const PLACEHOLDER = /\bTODO\b/;

function parse<T>(
  schema: z.ZodType<T>,
  data: unknown,
  file: string,
  prefix: string,
  problems: ContentProblem[],
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = fieldPath(issue.path);
    const message = / received undefined$/.test(issue.message) ? 'is required but missing' : issue.message;
    problems.push({
      file,
      field: [prefix, path].filter(Boolean).join(path.startsWith('[') ? '' : '.') || '(whole file)',
      message,
    });
  }
  return undefined;
}

/** Every string in a parsed value, with its field path, for the placeholder check. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * The stamp's state against the English fingerprint; an unstamped entry is a problem, and is checked as current.
 * An entry still holding placeholders from `npm run new` is a stub: not a problem, but not a translation either.
 */
function stampOf(
  entry: { translates?: string | undefined; translatedOn?: string | undefined },
  english: string,
  file: string,
  prefix: string,
  problems: ContentProblem[],
): TranslationStamp | undefined {
  // A stub from `npm run new`: untranslated, so missing (the English stands in and check:content lists it).
  if (strings(entry).some(([, text]) => PLACEHOLDER.test(text))) return undefined;
  if (entry.translates === undefined || entry.translatedOn === undefined) {
    problems.push({
      file,
      field: [prefix, entry.translates === undefined ? 'translates' : 'translatedOn'].filter(Boolean).join('.'),
      message: `not stamped: once the translation matches the English, run \`npm run translations -- stamp ${file}\``,
    });
    // Checked as if current, so that a translator sees every difference from the English before stamping.
    return { state: 'current', translatedOn: '', file };
  }
  return { state: entry.translates === english ? 'current' : 'stale', translatedOn: entry.translatedOn, file };
}

function checkParity(
  english: string | null | undefined,
  translation: string | null | undefined,
  locale: TranslatedLocale,
  file: string,
  field: string,
  problems: ContentProblem[],
) {
  if (english == null || translation == null) return;
  for (const message of parityProblems(english, translation, locale)) problems.push({ file, field, message });
}

function checkNotes(
  english: readonly (string | null | undefined)[],
  translated: readonly (string | null)[],
  locale: TranslatedLocale,
  file: string,
  field: string,
  problems: ContentProblem[],
) {
  if (english.length !== translated.length) {
    problems.push({
      file,
      field,
      message: `has ${translated.length} item(s); the English has ${english.length}: one per English entry, ~ where it has no note`,
    });
    return;
  }
  english.forEach((text, i) => {
    const translation = translated[i];
    if ((text == null) !== (translation == null)) {
      problems.push({
        file,
        field: `${field}[${i}]`,
        message: text == null ? 'the English has no note here: write ~' : 'the English has a note here: translate it',
      });
    } else checkParity(text, translation, locale, file, `${field}[${i}]`, problems);
  });
}

function validateDeal(
  raw: RawFile,
  english: DealRecord | undefined,
  locale: TranslatedLocale,
  fingerprintOf: (deal: DealRecord) => string,
  problems: ContentProblem[],
): DealTranslation | undefined {
  const { file, name, data } = raw;
  if (!english) {
    problems.push({ file, field: '(file name)', message: `no English deal content/deals/${name}.yaml to translate` });
    return undefined;
  }
  if (data === undefined) return undefined;
  const entry = parse(dealTranslationSchema, data, file, '', problems);
  if (!entry) return undefined;
  const stamp = stampOf(entry, fingerprintOf(english), file, '', problems);
  if (!stamp) return undefined;
  if (stamp.state === 'current') {
    checkParity(english.title, entry.title, locale, file, 'title', problems);
    checkParity(english.summary, entry.summary, locale, file, 'summary', problems);
    checkNotes(
      english.statusHistory.map((t) => t.note),
      entry.statusHistory,
      locale,
      file,
      'statusHistory',
      problems,
    );
    for (const kind of ['people', 'money', 'caps'] as const) {
      checkNotes(
        english.figures[kind].map((f) => f.note),
        entry.figures[kind],
        locale,
        file,
        `figures.${kind}`,
        problems,
      );
    }
    checkNotes(
      english.corrections.map((c) => c.text),
      entry.corrections,
      locale,
      file,
      'corrections',
      problems,
    );
  }
  return {
    ...stamp,
    title: entry.title,
    summary: entry.summary,
    statusNotes: entry.statusHistory,
    figureNotes: entry.figures,
    corrections: entry.corrections,
  };
}

function validateEvents(
  raw: RawFile,
  englishFile: readonly EventRecord[] | undefined,
  locale: TranslatedLocale,
  fingerprintOf: (event: EventRecord) => string,
  problems: ContentProblem[],
): [string, EventTranslation][] {
  const { file, name, data } = raw;
  if (!englishFile) {
    problems.push({
      file,
      field: '(file name)',
      message: `no English events file content/events/${name}.yaml to translate`,
    });
    return [];
  }
  if (data === undefined) return [];
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file,
      field: '(whole file)',
      message: 'must be a YAML mapping from event id to its translation: "us-rwanda-2025-05-04-talks: {title: …}"',
    });
    return [];
  }
  const byId = new Map(englishFile.map((event) => [event.id, event]));
  const result: [string, EventTranslation][] = [];
  for (const [id, value] of Object.entries(data)) {
    const english = byId.get(id);
    if (!idSchema.safeParse(id).success || !english) {
      problems.push({ file, field: id, message: `no event "${id}" in content/events/${name}.yaml` });
      continue;
    }
    const entry = parse(eventTranslationSchema, value, file, id, problems);
    if (!entry) continue;
    const stamp = stampOf(entry, fingerprintOf(english), file, id, problems);
    if (!stamp) continue;
    if (stamp.state === 'current') {
      checkParity(english.title, entry.title, locale, file, `${id}.title`, problems);
      checkParity(english.summary, entry.summary, locale, file, `${id}.summary`, problems);
      for (const field of ['disputed', 'quote'] as const) {
        if ((english[field] === undefined) !== (entry[field] === undefined)) {
          problems.push({
            file,
            field: `${id}.${field}`,
            message:
              english[field] === undefined
                ? `the English has no ${field}: remove it`
                : `the English has a ${field}: translate it`,
          });
        }
      }
      checkParity(english.disputed, entry.disputed, locale, file, `${id}.disputed`, problems);
      checkParity(english.quote?.text, entry.quote?.text, locale, file, `${id}.quote.text`, problems);
      checkParity(english.quote?.speaker, entry.quote?.speaker, locale, file, `${id}.quote.speaker`, problems);
    }
    result.push([
      id,
      {
        ...stamp,
        title: entry.title,
        summary: entry.summary,
        ...(entry.disputed ? { disputed: entry.disputed } : {}),
        ...(entry.quote ? { quote: entry.quote } : {}),
      },
    ]);
  }
  return result;
}

const attributeText = (value: AttributeValue | undefined) =>
  value === undefined
    ? 'absent'
    : 'string' in value
      ? JSON.stringify(value.string)
      : 'expression' in value
        ? `{${value.expression}}`
        : 'a bare flag';

/** MDX prose without tags, comments and link targets: what a reader reads, for the parity check. */
export function proseOf(body: string): string {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^<>]*?\/?>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

/** Internal links a translated body must point into its own language. */
function linkProblems(body: string, locale: TranslatedLocale, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
    const path = match[1] ?? match[2] ?? '';
    const isFile = /\.[a-z0-9]+$/i.test(path.split(/[?#]/)[0] ?? '');
    if (!isFile && !path.startsWith(`/${locale}/`)) {
      problems.push({
        file,
        field: `link ${path}`,
        message: `an internal link in a ${locale} page must stay in ${locale}: write /${locale}${path}`,
      });
    }
  }
  return problems;
}

/** The translated body must use the English components, in order, with the same props but for prose ones. */
function componentProblems(
  english: readonly ComponentUse[],
  translated: readonly ComponentUse[],
  locale: TranslatedLocale,
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const count = Math.max(english.length, translated.length);
  for (let i = 0; i < count; i++) {
    const a = english[i];
    const b = translated[i];
    if (!a || !b || a.name !== b.name) {
      problems.push({
        file,
        field: `<${b?.name ?? a?.name ?? '?'}> (line ${b?.line ?? '?'})`,
        message: `component ${i + 1} is <${b?.name ?? 'nothing'}>, the English has <${a?.name ?? 'nothing'}> (line ${a?.line ?? '?'}): keep every component, in order`,
      });
      break;
    }
    const props = new Set([...a.attributes.keys(), ...b.attributes.keys()]);
    for (const prop of props) {
      const field = `<${b.name}> ${prop} (line ${b.line})`;
      const left = a.attributes.get(prop);
      const right = b.attributes.get(prop);
      if (isProseProp(a.name, prop)) {
        if ((left === undefined) !== (right === undefined))
          problems.push({
            file,
            field,
            message: left === undefined ? 'the English has no such prop' : 'translate this prop: the English has it',
          });
        else if (left && right && 'string' in left && 'string' in right) {
          for (const message of parityProblems(left.string, right.string, locale))
            problems.push({ file, field, message });
        }
      } else if (attributeText(left) !== attributeText(right)) {
        problems.push({
          file,
          field,
          message: `is ${attributeText(right)}, the English has ${attributeText(left)}: only prose props (title, caption, alt, credit, by, role) are translated`,
        });
      }
    }
  }
  return problems;
}

function validateMdx<T extends { translates?: string | undefined; translatedOn?: string | undefined }>(
  raw: RawStory,
  english: { fingerprint: string; raw: RawStory } | undefined,
  schema: z.ZodType<T>,
  locale: TranslatedLocale,
  kind: 'stories' | 'pages',
  problems: ContentProblem[],
): (T & TranslationStamp) | undefined {
  const { file, name, data } = raw;
  if (!english) {
    problems.push({
      file,
      field: '(file name)',
      message: `no English ${kind === 'stories' ? 'story' : 'page'} content/${kind}/${name}.mdx to translate`,
    });
    return undefined;
  }
  if (PLACEHOLDER.test(raw.body)) return undefined;
  problems.push(...linkProblems(raw.body, locale, file));
  if (data === undefined) return undefined;
  const entry = parse(schema, data, file, '', problems);
  if (!entry) return undefined;
  const stamp = stampOf(entry, english.fingerprint, file, '', problems);
  if (!stamp) return undefined;
  if (stamp.state === 'current') {
    problems.push(...componentProblems(english.raw.components, raw.components, locale, file));
    for (const message of parityProblems(proseOf(english.raw.body), proseOf(raw.body), locale))
      problems.push({ file, field: '(body)', message });
  }
  return { ...entry, ...stamp };
}

/**
 * Every story or page translation of one language, by slug. `checkCurrent` compares a current translation's front
 * matter with the English (the body is compared by `validateMdx`).
 */
function validateMdxFolder<T extends { translates?: string | undefined; translatedOn?: string | undefined }>(
  raws: readonly RawStory[],
  englishRaws: readonly RawStory[],
  fingerprintOf: (slug: string) => string | undefined,
  schema: z.ZodType<T>,
  locale: TranslatedLocale,
  kind: 'stories' | 'pages',
  problems: ContentProblem[],
  checkCurrent: (slug: string, translation: T & TranslationStamp, file: string) => void,
): Map<string, T & TranslationStamp> {
  const result = new Map<string, T & TranslationStamp>();
  for (const raw of raws) {
    const source = englishRaws.find((story) => story.name === raw.name);
    const fingerprint = fingerprintOf(raw.name);
    const english = source && fingerprint ? { raw: source, fingerprint } : undefined;
    const translation = validateMdx(raw, english, schema, locale, kind, problems);
    if (!translation) continue;
    if (translation.state === 'current') checkCurrent(raw.name, translation, raw.file);
    result.set(raw.name, translation);
  }
  return result;
}

export interface Fingerprints {
  deal(deal: DealRecord): string;
  event(event: EventRecord): string;
  story(slug: string): string | undefined;
  page(slug: string): string | undefined;
}

export function validateTranslations(
  folders: readonly RawTranslations[],
  english: EnglishContent,
  fingerprints: Fingerprints,
  problems: ContentProblem[],
): Map<TranslatedLocale, LocaleTranslations> {
  const result = new Map<TranslatedLocale, LocaleTranslations>();
  const translated = LOCALES.filter((locale): locale is TranslatedLocale => locale !== DEFAULT_LOCALE);
  const dealsById = new Map(english.deals.map((deal) => [deal.id, deal]));
  const eventsByFile = new Map<string, EventRecord[]>();
  for (const event of english.events) {
    const name = event.file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    eventsByFile.set(name, [...(eventsByFile.get(name) ?? []), event]);
  }
  for (const folder of folders) {
    const locale = translated.find((l) => l === folder.locale);
    if (!locale) {
      problems.push({
        file: folder.folder,
        field: '(folder name)',
        message: `"${folder.locale}" is not a language of the site; translations go in ${translated.map((l) => `content/translations/${l}/`).join(' or ')}`,
      });
      continue;
    }
    const deals = new Map<string, DealTranslation>();
    for (const raw of folder.deals) {
      const deal = validateDeal(raw, dealsById.get(raw.name), locale, (d) => fingerprints.deal(d), problems);
      if (deal) deals.set(raw.name, deal);
    }
    const events = new Map<string, EventTranslation>();
    for (const raw of folder.events) {
      for (const [id, event] of validateEvents(
        raw,
        eventsByFile.get(raw.name),
        locale,
        (e) => fingerprints.event(e),
        problems,
      ))
        events.set(id, event);
    }
    const stories = validateMdxFolder(
      folder.stories,
      english.rawStories,
      (slug) => fingerprints.story(slug),
      storyTranslationSchema,
      locale,
      'stories',
      problems,
      (slug, story, file) => {
        const englishStory = english.stories.find((s) => s.slug === slug);
        if (!englishStory) return;
        checkParity(englishStory.title, story.title, locale, file, 'title', problems);
        checkParity(englishStory.dek, story.dek, locale, file, 'dek', problems);
        checkNotes(
          englishStory.corrections.map((c) => c.text),
          story.corrections,
          locale,
          file,
          'corrections',
          problems,
        );
      },
    );
    const pages = validateMdxFolder(
      folder.pages,
      english.rawPages,
      (slug) => fingerprints.page(slug),
      pageTranslationSchema,
      locale,
      'pages',
      problems,
      (slug, page, file) => {
        const englishPage = english.pages.find((p) => p.slug === slug);
        if (!englishPage) return;
        checkParity(englishPage.title, page.title, locale, file, 'title', problems);
        checkParity(englishPage.description, page.description, locale, file, 'description', problems);
      },
    );
    result.set(locale, { deals, events, stories, pages });
  }
  for (const locale of translated) {
    if (!result.has(locale))
      result.set(locale, { deals: new Map(), events: new Map(), stories: new Map(), pages: new Map() });
  }
  return result;
}
