// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { loadDataset } from './src/lib/content/index.ts';
import { searchIndex } from './src/integrations/search-index.ts';

/** Checks every content file before the build renders anything, so an author's mistake stops it early. */
const contentIntegrity = {
  name: 'sent-elsewhere:content-integrity',
  hooks: {
    /** @param {{ command: string, logger: import('astro').AstroIntegrationLogger }} options */
    'astro:config:setup': ({ command, logger }) => {
      if (command !== 'build') return;
      const dataset = loadDataset();
      logger.info(
        `content OK: ${dataset.deals.length} deals, ${dataset.events.length} events, ${dataset.sources.size} sources, ${dataset.stories.length} stories`,
      );
    },
  },
};

// Tests build fixture content into their own folders, leaving the real build and its cache alone.
const fixtureRun = process.env.SE_CONTENT_DIR !== undefined;

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  outDir: process.env.SE_OUT_DIR ?? './dist',
  cacheDir: fixtureRun ? `${process.env.SE_OUT_DIR ?? './dist'}-cache` : './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [contentIntegrity, mdx({ syntaxHighlight: false }), searchIndex()],
  // Pagefind's script is written after the build, next to the pages: the search page imports it at run time.
  vite: { build: { rollupOptions: { external: ['/pagefind/pagefind.js'] } } },
  // No syntax highlighting: Shiki writes inline styles, which the Content-Security-Policy forbids.
  markdown: { syntaxHighlight: false },
  i18n: {
    locales: ['en', 'fr', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page, with hashes for Astro's own scripts and styles: nothing
  // inline runs unless Astro emitted it, and nothing loads from another origin. Directives a <meta> cannot carry
  // (frame-ancestors) are in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
