/**
 * Citations in story bodies. Authors write `<Cite id="source-id" />`; sources are numbered in order of first
 * appearance. The same functions number the footnotes on the page and check the ids at build time, so the two
 * can never disagree. They read the MDX syntax tree, so a `<Cite>` inside a code block is not a citation.
 */

/** The part of an MDX syntax tree node that citations need (mdast with MDX JSX nodes). */
export interface MdxNode {
  readonly type: string;
  readonly name?: string | null;
  readonly attributes?: readonly { readonly type: string; readonly name?: string; readonly value?: unknown }[];
  readonly children?: readonly MdxNode[];
  readonly position?: { readonly start: { readonly line: number } };
}

export interface CitationUse {
  /** The cited source id, or `undefined` when the tag has no literal `id="…"`. */
  readonly id: string | undefined;
  /** 1-based line in the file, for error messages. */
  readonly line: number;
  /** Follows another <Cite> with nothing in between, so it is printed after a comma ("1,2", not "12"). */
  readonly adjacent: boolean;
}

const JSX_ELEMENTS = new Set(['mdxJsxTextElement', 'mdxJsxFlowElement']);

/** Every `<Cite>` element in the tree, in reading order. `lineOffset` turns body lines into file lines. */
export function findCitations(tree: MdxNode, lineOffset = 0): CitationUse[] {
  const uses: CitationUse[] = [];
  const isCite = (node: MdxNode | undefined) =>
    node !== undefined && JSX_ELEMENTS.has(node.type) && node.name === 'Cite';
  const visit = (node: MdxNode, previous: MdxNode | undefined) => {
    if (isCite(node)) {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      uses.push({
        id: typeof id === 'string' && id !== '' ? id : undefined,
        line: (node.position?.start.line ?? 0) + lineOffset,
        adjacent: isCite(previous),
      });
    }
    node.children?.forEach((child, i) => {
      visit(child, node.children?.[i - 1]);
    });
  };
  visit(tree, undefined);
  return uses;
}

/** Source ids in order of first citation: index + 1 is the footnote number. */
export function citationOrder(uses: readonly CitationUse[]): string[] {
  const order: string[] = [];
  for (const { id } of uses) {
    if (id !== undefined && !order.includes(id)) order.push(id);
  }
  return order;
}

/** How many times each source id is cited: the number of back-links its footnote needs. */
export function citationCounts(uses: readonly CitationUse[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { id } of uses) if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
