/**
 * A page's <head> as data: one list of entries built from plain inputs, which the layouts (Base for every page,
 * Embed for the framed charts) print with components/Head.astro. Tested without a browser.
 */

export interface HeadEntry {
  readonly tag: 'title' | 'meta' | 'link' | 'base';
  readonly attrs: Readonly<Record<string, string>>;
  /** The text of a <title>. */
  readonly text?: string;
}

export interface HeadInput {
  /** The full title, site name included. */
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the page (or, for an embed, of the full page it comes from). */
  readonly canonical: string;
  /** The same page in each language (absolute URLs), for `hreflang` alternates; `x-default` is the first. */
  readonly alternates?: readonly { readonly hreflang: string; readonly href: string }[];
  /** Pages that must not be indexed (embeds). */
  readonly noindex?: boolean;
  /** Where links open: `_top` for pages made to sit in another site's frame. */
  readonly baseTarget?: '_top';
  /** Atom feeds to announce. */
  readonly feeds?: readonly { readonly href: string; readonly title: string }[];
  /** Link-preview tags; omitted for pages that are not shared (embeds). */
  readonly preview?: {
    readonly siteName: string;
    readonly type: 'article' | 'website';
    readonly image?: { readonly url: string; readonly alt: string; readonly width: number; readonly height: number };
    /** For an article: first publication and last change (YYYY-MM-DD). */
    readonly article?: { readonly published: string; readonly modified: string };
  };
}

const meta = (attrs: Record<string, string>): HeadEntry => ({ tag: 'meta', attrs });
const link = (attrs: Record<string, string>): HeadEntry => ({ tag: 'link', attrs });

export function headEntries(input: HeadInput): HeadEntry[] {
  const entries: HeadEntry[] = [
    meta({ charset: 'utf-8' }),
    meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    { tag: 'title', attrs: {}, text: input.title },
    meta({ name: 'description', content: input.description }),
  ];
  if (input.noindex) entries.push(meta({ name: 'robots', content: 'noindex' }));
  if (input.baseTarget) entries.push({ tag: 'base', attrs: { target: input.baseTarget } });
  entries.push(
    link({ rel: 'canonical', href: input.canonical }),
    ...(input.alternates ?? []).map(({ hreflang, href }) => link({ rel: 'alternate', hreflang, href })),
    ...(input.alternates?.[0]
      ? [link({ rel: 'alternate', hreflang: 'x-default', href: input.alternates[0].href })]
      : []),
    meta({ name: 'color-scheme', content: 'light dark' }),
    link({ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }),
  );
  for (const feed of input.feeds ?? [])
    entries.push(link({ rel: 'alternate', type: 'application/atom+xml', href: feed.href, title: feed.title }));
  const preview = input.preview;
  if (!preview) return entries;
  entries.push(
    meta({ property: 'og:title', content: input.title }),
    meta({ property: 'og:description', content: input.description }),
    meta({ property: 'og:type', content: preview.type }),
    meta({ property: 'og:url', content: input.canonical }),
    meta({ property: 'og:site_name', content: preview.siteName }),
  );
  if (preview.image)
    entries.push(
      meta({ property: 'og:image', content: preview.image.url }),
      meta({ property: 'og:image:type', content: 'image/png' }),
      meta({ property: 'og:image:width', content: String(preview.image.width) }),
      meta({ property: 'og:image:height', content: String(preview.image.height) }),
      meta({ property: 'og:image:alt', content: preview.image.alt }),
    );
  if (preview.article)
    entries.push(
      meta({ property: 'article:published_time', content: preview.article.published }),
      meta({ property: 'article:modified_time', content: preview.article.modified }),
    );
  entries.push(
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
    meta({ name: 'twitter:title', content: input.title }),
    meta({ name: 'twitter:description', content: input.description }),
  );
  if (preview.image)
    entries.push(
      meta({ name: 'twitter:image', content: preview.image.url }),
      meta({ name: 'twitter:image:alt', content: preview.image.alt }),
    );
  return entries;
}
