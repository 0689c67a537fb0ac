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
