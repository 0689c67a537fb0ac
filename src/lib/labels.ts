/** Readable labels for figures, built from the UI dictionary and Intl. */
import { t } from '../i18n/ui.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatPartialDate } from './dates.ts';
import { formatMoney, formatNumber } from './format.ts';
import type { Deal } from '../schemas/deal.ts';

type PeopleFigure = Deal['figures']['people'][number];
type MoneyFigure = Deal['figures']['money'][number];
type CapFigure = Deal['figures']['caps'][number];

/** "at least 7 (as of August 2025)". */
export function formatPeople(figure: PeopleFigure, locale: Locale): string {
  return `${formatPeopleCount(figure, locale)} (${t(locale, 'deal.asOf', { date: formatPartialDate(figure.asOf, locale) })})`;
}

/** The count alone with its qualifier: "at least 7", "about 300", "1,322". */
export function formatPeopleCount(figure: Pick<PeopleFigure, 'value' | 'qualifier'>, locale: Locale): string {
  return t(locale, `qualifier.${figure.qualifier}`, { n: formatNumber(figure.value, locale) });
}

/** "£240M paid", "A$350M a year, paid". */
export function formatMoneyAmount(
  figure: Pick<MoneyFigure, 'amount' | 'currency' | 'kind' | 'per'>,
  locale: Locale,
): string {
  const amount = formatMoney(figure.amount, figure.currency, locale);
  return `${figure.per ? t(locale, 'money.perYear', { amount }) : amount} ${t(locale, `money.${figure.kind}`)}`;
}

/** "£240M paid (as of 2024)", "A$350M a year, paid (as of 2023)". */
export function formatMoneyFigure(figure: MoneyFigure, locale: Locale): string {
  const base = formatMoneyAmount(figure, locale);
  return figure.asOf ? `${base} (${t(locale, 'deal.asOf', { date: formatPartialDate(figure.asOf, locale) })})` : base;
}

/** "up to 250 people". */
export function formatCap(figure: CapFigure, locale: Locale): string {
  return t(locale, `cap.${figure.unit}`, { n: figure.value });
}
