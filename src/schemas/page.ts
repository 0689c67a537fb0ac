/** Front matter of a fixed page in `content/pages/*.mdx` (methodology, open data). */
import { z } from 'astro/zod';
import { textSchema } from './common.ts';

export const pageSchema = z.strictObject({
  title: textSchema,
  /** One sentence for search engines and link previews. */
  description: textSchema,
});
export type PageFrontmatter = z.infer<typeof pageSchema>;
