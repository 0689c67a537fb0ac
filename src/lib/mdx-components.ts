/**
 * The components authors may use in MDX, what each one needs, and the check that runs on every story and page
 * before the build. Astro would render an unknown tag or a missing prop as nothing or as a cryptic stack trace;
 * this turns each mistake into a `file › field` problem with a line number.
 */
import type { MdxNode } from './citations.ts';
import { isRegionId, REGION_IDS } from './geo/regions.ts';

/** How a prop's value is checked. */
type PropKind =
  | 'source' // a source id from content/sources/
  | 'deal' // a deal id from content/deals/
  | 'deals' // a literal array of deal ids: deals={['a', 'b']}
  | 'fact-field' // one of FACT_FIELDS
  | 'text' // a non-empty string
  | 'date' // YYYY, YYYY-MM or YYYY-MM-DD
  | 'flag' // a bare attribute or {true}/{false}
  | 'image' // a path below public/, starting with /
  | 'count' // a whole number of 1 or more: limit={10}
  | 'callout-kind' // one of CALLOUT_KINDS
  | 'region' // one of the map's REGION_IDS
  | 'event' // an event id from content/events/
  | 'step-id' // a lowercase kebab-case id, unique in the file: the step's link is #step-<id>
  | 'figure'; // what a <Scrolly> keeps on screen: one of SCROLLY_FIGURES

interface PropSpec {
  readonly kind: PropKind;
  readonly required?: boolean;
}

interface ComponentSpec {
  readonly props: Readonly<Record<string, PropSpec>>;
  /** Whether the tag must wrap text (a callout or quote with nothing inside is a mistake). */
  readonly needsChildren?: boolean;
  /** Only on fixed pages, not in stories (page helpers like the status legend). */
  readonly pagesOnly?: boolean;
}

/** What a callout is for; each kind has its own label and colour. */
const CALLOUT_KINDS = ['note', 'context', 'disagreement', 'unconfirmed'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/** What a <Scrolly> keeps on screen while its steps scroll by. */
export const SCROLLY_FIGURES = ['map', 'timeline', 'both'] as const;
export type ScrollyFigure = (typeof SCROLLY_FIGURES)[number];

/** The props a <Step> names its view with: the URL state's vocabulary (src/lib/view-state.ts). */
export const STEP_VIEW_PROPS = ['deal', 'event', 'asOf', 'region', 'from', 'to'] as const;

/** Numbers and facts <Fact> can print, each read from one deal's data. */
export const FACT_FIELDS = [
  'people',
  'people-as-of',
  'money',
  'cap',
  'status',
  'status-since',
  'first-date',
  'events',
  'from',
  'to',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

const MDX_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Cite: { props: { id: { kind: 'source', required: true } } },
  DealCard: { props: { id: { kind: 'deal', required: true } } },
  Fact: { props: { deal: { kind: 'deal', required: true }, field: { kind: 'fact-field', required: true } } },
  WorldMap: {
    props: {
      deals: { kind: 'deals' },
      title: { kind: 'text' },
      id: { kind: 'text' },
      focus: { kind: 'flag' },
      region: { kind: 'region' },
    },
  },
  Timeline: {
    props: {
      deals: { kind: 'deals' },
      from: { kind: 'date' },
      to: { kind: 'date' },
      title: { kind: 'text' },
      id: { kind: 'text' },
      asOf: { kind: 'flag' },
      listOpen: { kind: 'flag' },
    },
  },
  PeopleChart: {
    props: { deals: { kind: 'deals' }, limit: { kind: 'count' }, title: { kind: 'text' }, id: { kind: 'text' } },
  },
  Scrolly: {
    props: {
      deals: { kind: 'deals', required: true },
      lanes: { kind: 'deals' },
      figure: { kind: 'figure' },
      from: { kind: 'date' },
      to: { kind: 'date' },
      title: { kind: 'text' },
      id: { kind: 'text' },
    },
    needsChildren: true,
  },
  Step: {
    props: {
      id: { kind: 'step-id', required: true },
      deal: { kind: 'deal' },
      event: { kind: 'event' },
      asOf: { kind: 'date' },
      region: { kind: 'region' },
      from: { kind: 'date' },
      to: { kind: 'date' },
    },
    needsChildren: true,
  },
  Callout: { props: { kind: { kind: 'callout-kind' }, title: { kind: 'text' } }, needsChildren: true },
  PullQuote: {
    props: { by: { kind: 'text', required: true }, role: { kind: 'text' }, source: { kind: 'source', required: true } },
    needsChildren: true,
  },
  Figure: {
    props: {
      src: { kind: 'image', required: true },
      alt: { kind: 'text', required: true },
      caption: { kind: 'text', required: true },
      credit: { kind: 'text', required: true },
    },
  },
  StatusLegend: { props: {}, pagesOnly: true },
  Vocabulary: { props: { of: { kind: 'text', required: true } }, pagesOnly: true },
  ReviewDate: { props: {}, pagesOnly: true },
};

/** Text props that are prose, which a translation rewrites; other text props (`id`, `of`) are names. */
const PROSE_PROPS = new Set(['title', 'alt', 'caption', 'credit', 'by', 'role']);

/** Whether a component's prop is prose (a title, caption or attribution) that a translation rewrites. */
export function isProseProp(component: string, prop: string): boolean {
  return PROSE_PROPS.has(prop) && MDX_COMPONENTS[component]?.props[prop]?.kind === 'text';
}

/** An attribute as written: a string, a `{…}` expression's source, or a bare name (true). */
export type AttributeValue = { string: string } | { expression: string } | { bare: true };

export interface ComponentUse {
  readonly name: string;
  readonly line: number;
  readonly attributes: ReadonlyMap<string, AttributeValue>;
  /** Whether the element wraps any text. */
  readonly hasText: boolean;
  /** A `{...spread}` attribute, which cannot be checked. */
  readonly spread: boolean;
  /** The <Scrolly> the element sits in, if any (a <Step> must). */
  readonly within?: ComponentUse;
}

const JSX_ELEMENTS = new Set(['mdxJsxTextElement', 'mdxJsxFlowElement']);

interface JsxAttribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
}

function hasText(node: MdxNode): boolean {
  const value = (node as { value?: unknown }).value;
  if (node.type === 'text' && typeof value === 'string' && value.trim() !== '') return true;
  return node.children?.some(hasText) ?? false;
}

function attributeValue(attribute: JsxAttribute): AttributeValue {
  const { value } = attribute;
  if (typeof value === 'string') return { string: value };
  if (value && typeof value === 'object' && 'value' in value) return { expression: String(value.value) };
  return { bare: true };
}

/** Every capitalised JSX element (a component) in the tree, in reading order. Lowercase HTML tags are left alone. */
export function findComponents(tree: MdxNode, lineOffset = 0): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const visit = (node: MdxNode, scrolly: ComponentUse | undefined) => {
    let inside = scrolly;
    if (JSX_ELEMENTS.has(node.type) && node.name && /^[A-Z]/.test(node.name)) {
      const attributes = new Map<string, AttributeValue>();
      let spread = false;
      for (const attribute of (node.attributes ?? []) as JsxAttribute[]) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name) {
          attributes.set(attribute.name, attributeValue(attribute));
        } else spread = true;
      }
      const use: ComponentUse = {
        name: node.name,
        line: (node.position?.start.line ?? 0) + lineOffset,
        attributes,
        hasText: hasText(node),
        spread,
        ...(scrolly ? { within: scrolly } : {}),
      };
      uses.push(use);
      if (node.name === 'Scrolly') inside = use;
    }
    node.children?.forEach((child) => {
      visit(child, inside);
    });
  };
  visit(tree, undefined);
  return uses;
}

/** The ids in a literal array expression such as `['a', "b"]`, or undefined if it is anything else. */
function literalStringArray(expression: string): string[] | undefined {
  const trimmed = expression.trim();
  if (!/^\[\s*(?:(['"])[^'"]*\1\s*(?:,\s*(['"])[^'"]*\2\s*)*,?\s*)?\]$/.test(trimmed)) return undefined;
  return [...trimmed.matchAll(/(['"])([^'"]*)\1/g)].map((match) => match[2] ?? '');
}

/** What the check needs to know about the rest of the content. */
export interface ComponentContext {
  readonly isPage: boolean;
  hasSource(id: string): boolean;
  hasDeal(id: string): boolean;
  /** Whether an event with this id exists in content/events/. */
  hasEvent(id: string): boolean;
  /** Why a deal cannot give this fact (e.g. it has no people figure), or undefined when it can. */
  factProblem(dealId: string, field: FactField): string | undefined;
  imageExists(path: string): boolean;
  isDate(value: string): boolean;
}

export interface ComponentProblem {
  readonly field: string;
  readonly message: string;
}

const isFactField = (value: string): value is FactField => (FACT_FIELDS as readonly string[]).includes(value);

function checkValue(kind: PropKind, value: AttributeValue, context: ComponentContext): string | undefined {
  if (kind === 'flag') {
    if ('bare' in value || ('expression' in value && /^\s*(true|false)\s*$/.test(value.expression))) return undefined;
    return 'write it bare (asOf) or as {true} / {false}';
  }
  if (kind === 'count') {
    const text = 'expression' in value ? value.expression.trim() : '';
    return /^[1-9]\d*$/.test(text) ? undefined : 'write a whole number of 1 or more: limit={10}';
  }
  if (kind === 'deals') {
    const ids = 'expression' in value ? literalStringArray(value.expression) : undefined;
    if (!ids) return `write a literal list: deals={['deal-id', 'other-id']}`;
    const unknown = ids.filter((id) => !context.hasDeal(id));
    return unknown.length > 0
      ? `unknown deal${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}`
      : undefined;
  }
  if (!('string' in value)) return 'write the value as a literal string: name="…"';
  const text = value.string;
  if (text.trim() === '') return 'must not be empty';
  switch (kind) {
    case 'source':
      return context.hasSource(text) ? undefined : `unknown source "${text}": add it to a file in content/sources/`;
    case 'deal':
      return context.hasDeal(text) ? undefined : `unknown deal "${text}": no file content/deals/${text}.yaml`;
    case 'fact-field':
      return isFactField(text) ? undefined : `"${text}" is not a fact; use one of ${FACT_FIELDS.join(', ')}`;
    case 'date':
      return context.isDate(text) ? undefined : `"${text}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`;
    case 'image':
      if (!text.startsWith('/')) return `"${text}" must be a path below public/, starting with /`;
      return context.imageExists(text) ? undefined : `no file public${text}`;
    case 'callout-kind':
      return (CALLOUT_KINDS as readonly string[]).includes(text)
        ? undefined
        : `"${text}" is not a callout kind; use one of ${CALLOUT_KINDS.join(', ')}`;
    case 'event':
      return context.hasEvent(text) ? undefined : `unknown event "${text}": no event with that id in content/events/`;
    case 'step-id':
      return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text)
        ? undefined
        : `"${text}" is not a step id: use lowercase kebab-case (the step's link is #step-${text})`;
    case 'figure':
      return (SCROLLY_FIGURES as readonly string[]).includes(text)
        ? undefined
        : `"${text}" is not a scrolly figure; use one of ${SCROLLY_FIGURES.join(', ')}`;
    case 'region':
      return isRegionId(text) ? undefined : `"${text}" is not a map region; use one of ${REGION_IDS.join(', ')}`;
    case 'text':
      return undefined;
  }
}

/** Problems with the components used in one MDX file; `field` names the tag, the prop and the line. */
export function checkComponents(uses: readonly ComponentUse[], context: ComponentContext): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  const stepIds = new Map<string, number>();
  for (const use of uses) {
    const spec = MDX_COMPONENTS[use.name];
    const at = `<${use.name}> (line ${use.line})`;
    if (!spec || (spec.pagesOnly && !context.isPage)) {
      const known = Object.keys(MDX_COMPONENTS).filter((name) => context.isPage || !MDX_COMPONENTS[name]?.pagesOnly);
      problems.push({ field: at, message: `unknown component; use one of ${known.join(', ')}` });
      continue;
    }
    if (use.spread) problems.push({ field: at, message: 'write each prop out; {...spread} cannot be checked' });
    for (const [name, value] of use.attributes) {
      const prop = spec.props[name];
      if (!prop) {
        problems.push({
          field: `${at} ${name}`,
          message: `unknown prop; use ${Object.keys(spec.props).join(', ') || 'none'}`,
        });
        continue;
      }
      const message = checkValue(prop.kind, value, context);
      if (message) problems.push({ field: `${at} ${name}`, message });
    }
    for (const [name, prop] of Object.entries(spec.props)) {
      if (prop.required && !use.attributes.has(name)) problems.push({ field: `${at} ${name}`, message: 'is required' });
    }
    if (spec.needsChildren && !use.hasText) {
      problems.push({ field: at, message: `put the text between <${use.name}> and </${use.name}>` });
    }
    if (use.name === 'Step') problems.push(...checkStep(use, at, stepIds, context));
    const deal = use.attributes.get('deal');
    const field = use.attributes.get('field');
    if (use.name === 'Fact' && deal && 'string' in deal && field && 'string' in field && context.hasDeal(deal.string)) {
      if (isFactField(field.string)) {
        const message = context.factProblem(deal.string, field.string);
        if (message) problems.push({ field: `${at} field`, message });
      }
    }
  }
  return problems;
}

/** A step must name a view, and its id must be unique in the file (it is the step's link, #step-<id>). */
function checkStep(
  use: ComponentUse,
  at: string,
  seen: Map<string, number>,
  context: ComponentContext,
): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  if (!STEP_VIEW_PROPS.some((name) => use.attributes.has(name))) {
    problems.push({
      field: at,
      message: `name the view this step shows with at least one of ${STEP_VIEW_PROPS.join(', ')}`,
    });
  }
  const id = use.attributes.get('id');
  if (id && 'string' in id) {
    const first = seen.get(id.string);
    if (first !== undefined)
      problems.push({ field: `${at} id`, message: `duplicate step id "${id.string}" (first used on line ${first})` });
    else seen.set(id.string, use.line);
  }
  if (!use.within) {
    problems.push({ field: at, message: 'put each <Step> inside a <Scrolly>, which draws the figure it changes' });
  }
  const deal = use.attributes.get('deal');
  const drawn = use.within?.attributes.get('deals');
  const ids = drawn && 'expression' in drawn ? literalStringArray(drawn.expression) : undefined;
  if (deal && 'string' in deal && ids && context.hasDeal(deal.string) && !ids.includes(deal.string)) {
    problems.push({
      field: `${at} deal`,
      message: `"${deal.string}" is not drawn by its <Scrolly> (line ${String(use.within?.line)}): add it to its deals`,
    });
  }
  const from = use.attributes.get('from');
  const to = use.attributes.get('to');
  if (from && to && 'string' in from && 'string' in to && from.string.localeCompare(to.string) > 0) {
    problems.push({ field: `${at} to`, message: `${to.string} is before from (${from.string})` });
  }
  return problems;
}
