/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the story page before its MDX renders: footnote numbers for <Cite>. */
    citations?: import('./components/citations.ts').CitationContext;
    /** Set by pages that render MDX: the page's language, for the components the MDX uses. */
    locale?: import('./i18n/locales.ts').Locale;
  }
}
