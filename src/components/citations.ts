import type { CitationFields } from '../lib/content/records.ts';

/** The state a story page hands to its <Cite> tags through Astro.locals. */
export interface CitationContext {
  /** Source id → footnote number. */
  readonly numbers: ReadonlyMap<string, number>;
  /** Source id → outlet, for the accessible name of the marker. */
  readonly outlets: ReadonlyMap<string, string>;
  /** How many times each footnote has been cited so far: gives every marker a unique anchor. */
  readonly uses: Map<number, number>;
  /** For each <Cite> in reading order, whether it directly follows another (printed after a comma). */
  readonly adjacent: readonly boolean[];
  /** How many <Cite> tags have rendered so far. */
  rendered: number;
}

export const footnoteId = (n: number) => `source-${n}`;
export const citeRefId = (n: number, use: number) => `cite-${n}-${use}`;

/** What a page with footnotes needs: its sources in footnote order, how often each is cited, and the context. */
export function prepareCitations(
  record: CitationFields,
  sources: readonly { readonly id: string; readonly outlet: string }[],
): { context: CitationContext; uses: Map<number, number> } {
  return {
    context: {
      numbers: new Map(record.citations.map((id, i) => [id, i + 1])),
      outlets: new Map(sources.map((s) => [s.id, s.outlet])),
      uses: new Map(),
      adjacent: record.citationAdjacent,
      rendered: 0,
    },
    uses: new Map(record.citations.map((id, i) => [i + 1, record.citationCounts.get(id) ?? 1])),
  };
}
