// Wiring only. Stories and fixed pages are MDX rendered by Astro, their front matter checked by the schemas.
// Deals, events and sources are YAML checked together by src/lib/content (see src/data.ts), because their
// cross-references must fail the build, which Astro's reference() does not do.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { storySchema } from './schemas/story.ts';
import { pageSchema } from './schemas/page.ts';

const contentDir = process.env['SE_CONTENT_DIR'] ?? './content';

const stories = defineCollection({
  loader: glob({ pattern: ['*.mdx', '!_*.mdx'], base: `${contentDir}/stories` }),
  schema: storySchema,
});

const pages = defineCollection({
  loader: glob({ pattern: ['*.mdx', '!_*.mdx'], base: `${contentDir}/pages` }),
  schema: pageSchema,
});

// Translated stories and pages, id "<locale>/<stories|pages>/<slug>". Their front matter is checked, against the
// English, by src/lib/translation/validate.ts before the build; here it is only carried.
const translations = defineCollection({
  loader: glob({ pattern: ['*/stories/*.mdx', '*/pages/*.mdx', '!**/_*.mdx'], base: `${contentDir}/translations` }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { stories, pages, translations };
