/** Author-facing errors: every problem names the file and the field, so a typo can be found in seconds. */

export interface ContentProblem {
  /** Path of the file, relative to the repository root: `content/events/us-rwanda.yaml`. */
  readonly file: string;
  /** Field path inside the file: `[2].deals[0]`, `statusHistory[1].date`, `Cite id`, or `(syntax)`. */
  readonly field: string;
  readonly message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file} › ${problem.field}: ${problem.message}`;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content has ${count}; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n` + problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Renders a Zod issue path as the author sees it in YAML: `[2].sources[0]`, `figures.people[0].asOf`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}
