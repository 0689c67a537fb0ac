/**
 * Country codes: ISO 3166-1 alpha-3, validated against the `i18n-iso-countries` package, plus the user-assigned
 * code XKX that the EU, the World Bank and the United States use for Kosovo (ISO 3166-1 has no code for it).
 * Names are never typed by hand: they come from `Intl.DisplayNames` in the page's locale.
 */
import isoCountries from 'i18n-iso-countries';

/** Codes outside ISO 3166-1 that this site accepts, with the region subtag `Intl.DisplayNames` understands. */
const EXTRA_ALPHA3_TO_ALPHA2: Readonly<Record<string, string>> = { XKX: 'XK' };

export function isCountryCode(code: string): boolean {
  return code in EXTRA_ALPHA3_TO_ALPHA2 || (isoCountries.isValid(code) && /^[A-Z]{3}$/.test(code));
}

export function alpha3ToAlpha2(code: string): string {
  const alpha2 = EXTRA_ALPHA3_TO_ALPHA2[code] ?? isoCountries.alpha3ToAlpha2(code);
  if (!alpha2) throw new Error(`Unknown country code "${code}"`);
  return alpha2;
}

/** ISO 3166-1 numeric code as used by Natural Earth / world-atlas ids ("646" for Rwanda); undefined for XKX. */
export function alpha3ToNumeric(code: string): string | undefined {
  return isoCountries.alpha3ToNumeric(code) ?? undefined;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** The country's name in the given locale ("Rwanda", "Royaume-Uni"). */
export function countryName(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  const name = names.of(alpha3ToAlpha2(code));
  if (!name) throw new Error(`No ${locale} name for country code "${code}"`);
  return name;
}

/** Suggests the closest known code for a typo, by edit distance on the three letters. */
export function suggestCountryCode(code: string): string | undefined {
  const upper = code.toUpperCase();
  if (isCountryCode(upper)) return upper;
  const all = [...Object.keys(isoCountries.getAlpha3Codes()), ...Object.keys(EXTRA_ALPHA3_TO_ALPHA2)];
  const close = all.filter(
    (candidate) => Array.from({ length: 3 }, (_, i) => candidate[i] !== upper[i]).filter(Boolean).length === 1,
  );
  return close.length === 1 ? close[0] : undefined;
}
