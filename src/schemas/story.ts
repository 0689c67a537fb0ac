/** Front matter of a story in `content/stories/*.mdx`. */
import { z } from 'astro/zod';
import { correctionSchema, dayDateSchema, idSchema, textSchema } from './common.ts';

export { correctionSchema };
export type { Correction } from './common.ts';

export const storySchema = z.strictObject({
  title: textSchema,
  /** One-sentence standfirst under the headline. */
  dek: textSchema,
  /** First publication, YYYY-MM-DD. */
  published: dayDateSchema,
  /** Last substantive update, YYYY-MM-DD; not before `published`. */
  updated: dayDateSchema.optional(),
  /** Ids of the deals the story concerns; linked at its foot and used to focus charts. */
  deals: z.array(idSchema).default([]),
  /** Dated corrections, oldest first; rendered at the story's foot and on /corrections/. */
  corrections: z.array(correctionSchema).default([]),
  /** Order on the stories index, lowest first (the lead story is 1). */
  order: z.number().int().positive().default(100),
});

export type StoryFrontmatter = z.infer<typeof storySchema>;
