/**
 * Turns raw content into a checked dataset, or throws a ContentError listing every problem with its file and
 * field. Pure: no file system, no Astro. Cross-file integrity lives here because Astro's `reference()` only logs.
 */
import type { z } from 'astro/zod';
import { dealSchema } from '../../schemas/deal.ts';
import { eventSchema } from '../../schemas/event.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { storySchema } from '../../schemas/story.ts';
import { idSchema } from '../../schemas/common.ts';
import { pageSchema } from '../../schemas/page.ts';
import { citationCounts, citationOrder, type CitationUse } from '../citations.ts';
import { comparePartialDates, isNotBefore, partialDateProblem } from '../dates.ts';
import { checkComponents } from '../mdx-components.ts';
import { factValue } from '../facts.ts';
import type { RawContent, RawFile, RawStory } from './read.ts';
import { ContentError, fieldPath, type ContentProblem } from './problems.ts';

import type { CitationFields, Dataset, DealRecord, EventRecord, PageRecord, SourceRecord, StoryRecord } from './records.ts';
import { dealTexts, eventTexts, fingerprint, pageTexts, storyTexts } from '../translation/fingerprint.ts';
import { validateTranslations, type Fingerprints } from '../translation/validate.ts';

/** The fingerprint of each English entry's prose, which translations record to know whether they are current. */
export function englishFingerprints(raw: Pick<RawContent, 'stories' | 'pages'>, stories: readonly StoryRecord[], pages: readonly PageRecord[]): Fingerprints {
  return {
    deal: (deal) => fingerprint(dealTexts(deal)),
    event: (event) => fingerprint(eventTexts(event)),
    story: (slug) => {
      const story = stories.find((s) => s.slug === slug);
      const file = raw.stories.find((s) => s.name === slug);
      return story && file ? fingerprint(storyTexts(story, file.body)) : undefined;
    },
    page: (slug) => {
      const page = pages.find((p) => p.slug === slug);
      const file = raw.pages.find((p) => p.name === slug);
      return page && file ? fingerprint(pageTexts(page, file.body)) : undefined;
    },
  };
}

function citationFields(citations: readonly CitationUse[]): CitationFields {
  return {
    citations: citationOrder(citations),
    citationCounts: citationCounts(citations),
    citationAdjacent: citations.map((use) => use.adjacent),
  };
}

function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string, prefix: string, problems: ContentProblem[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = fieldPath(issue.path);
    const message = / received undefined$/.test(issue.message) ? 'is required but missing' : issue.message;
    problems.push({ file, field: prefix + (prefix && path && !path.startsWith('[') ? '.' : '') + path || '(whole file)', message });
  }
  return undefined;
}

/** A file holding a YAML list of entries (events, sources): each entry is parsed and located by index. */
function parseList<T extends { id: string }>(files: readonly RawFile[], schema: z.ZodType<T>, problems: ContentProblem[]) {
  const entries: { entry: T; file: string; index: number }[] = [];
  for (const { file, data } of files) {
    if (data === undefined) continue;
    if (!Array.isArray(data)) {
      problems.push({ file, field: '(whole file)', message: 'must be a YAML list: start each entry with "- id: …"' });
      continue;
    }
    data.forEach((item, index) => {
      const entry = parseWith(schema, item, file, `[${index}]`, problems);
      if (entry) entries.push({ entry, file, index });
    });
  }
  const seen = new Map<string, string>();
  for (const { entry, file, index } of entries) {
    const first = seen.get(entry.id);
    if (first) problems.push({ file, field: `[${index}].id`, message: `duplicate id "${entry.id}" (first defined in ${first})` });
    else seen.set(entry.id, `${file} [${index}]`);
  }
  return entries;
}

export function validateContent(raw: RawContent): Dataset {
  const problems: ContentProblem[] = [...raw.problems];

  const sourceEntries = parseList(raw.sources, sourceSchema, problems);
  const sources = new Map<string, SourceRecord>();
  for (const { entry, file, index } of sourceEntries) {
    if (!sources.has(entry.id)) sources.set(entry.id, { ...entry, file });
    if (entry.published !== 'undated' && !isNotBefore(entry.accessed, entry.published)) {
      problems.push({ file, field: `[${index}].accessed`, message: `accessed ${entry.accessed} is before the page was published (${entry.published})` });
    }
  }
  // A source whose own entry is broken is reported there; citing it is not a second problem.
  const sourceIdsWritten = new Set(
    raw.sources.flatMap(({ data }) => (Array.isArray(data) ? data.map((item: unknown) => (item as { id?: unknown } | null)?.id) : [])),
  );
  const checkSources = (ids: readonly string[], file: string, field: string) => {
    ids.forEach((id, i) => {
      if (!sources.has(id) && !sourceIdsWritten.has(id)) problems.push({ file, field: `${field}[${i}]`, message: `unknown source "${id}": add it to a file in content/sources/` });
    });
  };

  const deals: DealRecord[] = [];
  for (const { file, name, data } of raw.deals) {
    if (!idSchema.safeParse(name).success) {
      problems.push({ file, field: '(file name)', message: `"${name}" is not a valid deal id: use lowercase kebab-case, e.g. us-rwanda.yaml` });
      continue;
    }
    if (data === undefined) continue;
    const deal = parseWith(dealSchema, data, file, '', problems);
    if (!deal) continue;
    checkSources(deal.sources, file, 'sources');
    deal.statusHistory.forEach((transition, i) => {
      checkSources(transition.sources, file, `statusHistory[${i}].sources`);
      const previous = deal.statusHistory[i - 1];
      if (previous && !isNotBefore(transition.date, previous.date)) {
        problems.push({ file, field: `statusHistory[${i}].date`, message: `${transition.date} is before the previous transition (${previous.date}): list transitions oldest first` });
      }
    });
    for (const kind of ['people', 'money', 'caps'] as const) {
      deal.figures[kind].forEach((figure, i) => {
        checkSources(figure.sources, file, `figures.${kind}[${i}].sources`);
      });
    }
    deal.corrections.forEach((correction, i) => {
      if (deal.updated && correction.date > deal.updated) {
        problems.push({ file, field: `corrections[${i}].date`, message: `${correction.date} is after updated (${deal.updated}): a correction is an update` });
      }
    });
    const status = deal.statusHistory.at(-1)?.status;
    if (status) deals.push({ ...deal, id: name, status, file });
  }
  const allDealIds = new Set(raw.deals.map((d) => d.name));
  const checkDeals = (ids: readonly string[], file: string, field: string) => {
    ids.forEach((id, i) => {
      // A deal whose own file is broken is reported there; do not report it a second time here.
      if (!allDealIds.has(id)) problems.push({ file, field: `${field}[${i}]`, message: `unknown deal "${id}": no file content/deals/${id}.yaml` });
    });
  };

  const events: EventRecord[] = [];
  for (const { entry, file, index } of parseList(raw.events, eventSchema, problems)) {
    checkDeals(entry.deals, file, `[${index}].deals`);
    checkSources(entry.sources, file, `[${index}].sources`);
    events.push({ ...entry, file });
  }

  const eventIds = new Set(events.map((event) => event.id));
  const stories: StoryRecord[] = [];
  const eventCounts = new Map<string, number>();
  for (const event of events) for (const id of event.deals) eventCounts.set(id, (eventCounts.get(id) ?? 0) + 1);
  const dealsById = new Map(deals.map((deal) => [deal.id, deal]));
  const checkBody = (file: string, citations: readonly CitationUse[], components: RawStory['components'], isPage: boolean) => {
    for (const use of citations) {
      if (use.id === undefined) {
        problems.push({ file, field: `Cite id (line ${use.line})`, message: 'write the source id literally: <Cite id="source-id" />' });
      } else if (!sources.has(use.id) && !sourceIdsWritten.has(use.id)) {
        problems.push({ file, field: `Cite id (line ${use.line})`, message: `unknown source "${use.id}": add it to a file in content/sources/` });
      }
    }
    // <Cite> ids are checked above with the footnote numbering; every other tag is checked against its spec.
    const others = components.filter((use) => use.name !== 'Cite');
    for (const problem of checkComponents(others, {
      isPage,
      hasSource: (id) => sources.has(id) || sourceIdsWritten.has(id),
      hasDeal: (id) => allDealIds.has(id),
      hasEvent: (id) => eventIds.has(id),
      factProblem: (id, field) => {
        const deal = dealsById.get(id);
        if (!deal) return undefined;
        const value = factValue({ ...deal, eventCount: eventCounts.get(id) ?? 0 }, field, 'en');
        return 'problem' in value ? `${value.problem} for deal "${id}"` : undefined;
      },
      imageExists: (path) => raw.publicFiles.has(path),
      isDate: (value) => partialDateProblem(value) === undefined,
    })) {
      problems.push({ file, ...problem });
    }
  };

  for (const { file, name, data, citations, components } of raw.stories) {
    if (!idSchema.safeParse(name).success) {
      problems.push({ file, field: '(file name)', message: `"${name}" is not a valid story slug: use lowercase kebab-case` });
      continue;
    }
    if (data === undefined) continue;
    const story = parseWith(storySchema, data, file, '', problems);
    if (!story) continue;
    checkDeals(story.deals, file, 'deals');
    if (story.updated && !isNotBefore(story.updated, story.published)) {
      problems.push({ file, field: 'updated', message: `${story.updated} is before published (${story.published})` });
    }
    story.corrections.forEach((correction, i) => {
      if (!isNotBefore(correction.date, story.published)) {
        problems.push({ file, field: `corrections[${i}].date`, message: `${correction.date} is before published (${story.published})` });
      }
    });
    checkBody(file, citations, components, false);
    stories.push({ ...story, slug: name, file, ...citationFields(citations) });
  }

  const pages: PageRecord[] = [];
  for (const { file, name, data, citations, components } of raw.pages) {
    if (data === undefined) continue;
    const page = parseWith(pageSchema, data, file, '', problems);
    if (!page) continue;
    checkBody(file, citations, components, true);
    pages.push({ ...page, slug: name, file, ...citationFields(citations) });
  }

  const translations = validateTranslations(
    raw.translations,
    { deals, events, stories, pages, rawStories: raw.stories, rawPages: raw.pages },
    englishFingerprints(raw, stories, pages),
    problems,
  );

  if (problems.length > 0) throw new ContentError(problems);

  return {
    translations,
    deals: deals.sort((a, b) => a.id.localeCompare(b.id)),
    events: events.sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id)),
    sources,
    stories: stories.sort((a, b) => a.order - b.order || b.published.localeCompare(a.published)),
    pages,
  };
}
