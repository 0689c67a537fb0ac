/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the story page before its MDX renders: footnote numbers for <Cite>. */
    citations?: import('./components/citations.ts').CitationContext;
  }
}
