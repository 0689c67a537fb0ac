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

/** Whether a locale is the default one, which lives at the root with no prefix. */
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

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', fr: 'Français', es: 'Español' };

/** The locale a site path is in, from its prefix: '/fr/deals/' → 'fr', '/deals/' → 'en'. */
export function localeOfPath(path: string): Locale {
  const prefix = /^\/([a-z]{2})(?:\/|$)/.exec(path)?.[1];
  return LOCALES.find((locale) => locale === prefix && !isDefaultLocale(locale)) ?? DEFAULT_LOCALE;
}

/** The same page in every locale: alternatePaths('/fr/deals/x/') → { en: '/deals/x/', fr: '/fr/deals/x/', es: … }. */
export function alternatePaths(path: string): Record<Locale, string> {
  const locale = localeOfPath(path);
  const base = isDefaultLocale(locale) ? path : path.slice(locale.length + 1) || '/';
  return Object.fromEntries(LOCALES.map((l) => [l, localePath(l, base)])) as Record<Locale, string>;
}
