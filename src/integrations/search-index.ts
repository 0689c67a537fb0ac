/**
 * After every build, Pagefind indexes the built pages into dist/pagefind/: a static search index the search page
 * queries in the browser, with no server. Only elements marked `data-pagefind-body` (stories and deals) are indexed,
 * so the 404 page, lists and the style guide stay out of the results.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'sent-elsewhere:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`search index: ${added.page_count} pages`);
        await close();
      },
    },
  };
}
