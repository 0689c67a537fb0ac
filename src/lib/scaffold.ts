/**
 * Templates for `npm run new -- deal|event|story <id>`. Each returns file text that passes the content check as it
 * stands, so the author can preview it at once; the prose it cannot know is marked `TODO`, and a test keeps any
 * `TODO` from landing on main. Facts it cannot guess (countries, dates, sources) are arguments, checked first.
 */
import { CONFIDENCE_LEVELS, DEAL_KINDS, DEAL_STATUSES, EVENT_TYPES } from '../schemas/vocabulary.ts';

export const TODO = 'TODO';

export interface DealArgs {
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** The first dated status and its source. */
  readonly date: string;
  readonly status: string;
  readonly source: string;
}

export interface EventArgs {
  readonly id: string;
  readonly deal: string;
  readonly date: string;
  readonly type: string;
  readonly source: string;
}

export interface StoryArgs {
  readonly deals: readonly string[];
  /** Today, YYYY-MM-DD: the story's first publication date until the author changes it. */
  readonly today: string;
}

const list = (items: readonly string[]) => `[${items.join(', ')}]`;

export function dealTemplate(args: DealArgs): string {
  return `# A deal. Every field is explained in AUTHORING.md ("Deals"). Replace every placeholder, then run npm run check:content.
title: '${TODO}: the deal''s name, e.g. United States – Rwanda deportation arrangement'
from: ${list(args.from)}
to: ${list(args.to)}
# ${TODO}: check the kind; one of ${DEAL_KINDS.join(', ')}.
kind: ${DEAL_KINDS[0]}
# ${TODO}: check the confidence; one of ${CONFIDENCE_LEVELS.join(', ')}.
confidence: reported
summary: '${TODO}: two to four sentences in your own words: who sends whom where, on what terms, and what happened.'
statusHistory:
  - date: '${args.date}'
    status: ${args.status}
    note: '${TODO}: one line on what happened on this date.'
    sources: [${args.source}]
# Add figures (people, money, caps) with their sources when you have them; see AUTHORING.md.
sources: [${args.source}]
`;
}

export function eventTemplate(args: EventArgs): string {
  return `- id: ${args.id}
  date: '${args.date}'
  # ${TODO}: check the type; one of ${EVENT_TYPES.join(', ')}.
  type: ${args.type}
  deals: [${args.deal}]
  title: '${TODO}: a headline in your own words'
  summary: '${TODO}: one to three sentences on what happened.'
  sources: [${args.source}]
`;
}

export function storyTemplate(args: StoryArgs): string {
  return `---
title: '${TODO}: the headline'
dek: '${TODO}: one sentence under the headline.'
published: ${args.today}
deals: ${list(args.deals)}
---

${TODO}: the first paragraph. Put a source straight after each claim it supports, with no space before it:
\`a claim.<Cite id="source-id" />\` (with an id from content/sources/). Components are shown on /styleguide/.
`;
}

/**
 * Stubs for the translations of a new entry, one per other language, in content/translations/<locale>/. Until
 * their TODOs are translated the entry counts as untranslated: the site shows the English, marked as such, and
 * `npm run check:content` (hence `npm test`) fails, listing it.
 */
export function dealTranslationTemplate(id: string): string {
  return `# Translation of content/deals/${id}.yaml (AUTHORING.md, "Translating"). Translate each placeholder, then run
# npm run translations -- stamp <this file>.
title: '${TODO}: translate the title'
summary: '${TODO}: translate the summary'
statusHistory:
  - '${TODO}: translate the note'
`;
}

export function eventTranslationTemplate(id: string): string {
  return `${id}:
  title: '${TODO}: translate the title'
  summary: '${TODO}: translate the summary'
`;
}

export function storyTranslationTemplate(slug: string): string {
  return `---
title: '${TODO}: translate the headline'
dek: '${TODO}: translate the standfirst'
---

${TODO}: translate content/stories/${slug}.mdx here, keeping every component as it is in the English, then run
\`npm run translations -- stamp <this file>\` (AUTHORING.md, "Translating").
`;
}

/** The lines of a file that still hold a TODO, as "line N: text", for the "fill in" list. */
export function todoLines(text: string): string[] {
  return text
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.includes(TODO))
    .map(({ line, number }) => `line ${number}: ${line.trim()}`);
}

export const STATUS_CHOICES = DEAL_STATUSES;
export const EVENT_TYPE_CHOICES = EVENT_TYPES;
