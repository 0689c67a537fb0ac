/**
 * Locales of the site. English is the default and lives at the root (/deals/…); another locale lives under its
 * prefix (/fr/deals/…). Adding a locale means adding it here, to `ui.ts` and to astro.config.mjs — not to components.
 */
export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The `lang` route parameter for a locale: undefined for the default locale, which has no prefix. */
export function langParam(locale: Locale): string | undefined {
  return isDefaultLocale(locale) ? undefined : locale;
}

/** Takes a plain string so that, while English is the only locale, the comparison is not folded away by types. */
function isDefaultLocale(locale: string): boolean {
  return locale === DEFAULT_LOCALE;
}

/** getStaticPaths entries for a page that exists once per locale. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** A site path in a locale: localePath('fr', '/deals/') → '/fr/deals/'. */
export function localePath(locale: Locale, path: string): string {
  return isDefaultLocale(locale) ? path : `/${locale as string}${path}`;
}
