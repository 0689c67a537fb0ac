// Pagefind's browser script exists only in the built site (dist/pagefind/), written after the build.
declare module '*/pagefind/pagefind.js';
