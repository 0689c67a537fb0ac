/** A source: one published page that supports facts on the site. Written once, cited by id everywhere. */
import { z } from 'astro/zod';
import { dayDateSchema, idSchema, partialDateSchema, textSchema } from './common.ts';

/** Notes editors have left inside titles: "(descriptive…)", "(from URL)", "(reconstructed…)", "[title supplied]"… */
const EDITOR_MARKER =
  /[([]\s*(descriptive|description|from (the )?url|reconstructed|supplied|title (supplied|from)|headline (not|from))/i;

export const SOURCE_KINDS = ['news', 'government', 'court', 'un', 'ngo', 'legal-text', 'research', 'other'] as const;

export const sourceSchema = z.strictObject({
  /** Unique id, cited from deals, events and stories: `<outlet>-<yyyy-mm-dd>-<slug>`. */
  id: idSchema,
  /** Publisher as readers know it: "Reuters", "UK Supreme Court", "UNHCR". */
  outlet: textSchema,
  /**
   * The page's own headline or document title, as published (or as supplied, see `headline`). Never an editor's
   * marker such as "(descriptive from URL)": readers would take it for part of the headline; say it with `headline`.
   */
  title: textSchema.refine((title) => !EDITOR_MARKER.test(title), {
    error:
      'has an editor’s marker in it (such as "(descriptive from URL)"); remove it and set `headline: from-url` or `described`',
  }),
  /**
   * Where the title comes from: `exact` (the headline as published), `from-url` (the headline was not visible in
   * our copy and is reconstructed from the page address) or `described` (no headline known; a description). Titles
   * that are not exact are printed in square brackets, the bibliographic sign for a supplied title.
   */
  headline: z.enum(['exact', 'from-url', 'described']).default('exact'),
  /** Publication date at the precision the page gives, or `undated` when the page shows none. */
  published: z.union([z.literal('undated'), partialDateSchema]),
  /** The address exactly as found; http(s) only. */
  url: z.url({
    protocol: /^https?$/,
    error: (issue) => (issue.input === undefined ? 'is required but missing' : 'must be a full http(s) URL'),
  }),
  /** When an editor last read the page, YYYY-MM-DD. */
  accessed: dayDateSchema,
  /** What kind of publisher this is; primary documents are preferred. */
  kind: z.enum(SOURCE_KINDS).default('news'),
  /** The language the title is written in (BCP 47: `es`, `fr`, `pt`), so pages can mark it; English when absent. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as es, fr or pt')
    .default('en'),
  /** Editor's note on what the page supports; not published. */
  note: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
