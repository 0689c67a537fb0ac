/**
 * The values <Fact deal="…" field="…" /> prints in prose, read from the deal's data so the text cannot drift from
 * it. The content check calls `factValue` too, so a fact the data cannot give stops the build.
 */
import { t } from '../i18n/ui.ts';
import type { Locale } from '../i18n/locales.ts';
import type { DealRecord } from './content/records.ts';
import type { FactField } from './mdx-components.ts';
import { formatPartialDate } from './dates.ts';
import { latestDated, latestPeopleFigure, statusSince } from './dataset.ts';
import { formatList, formatNumber } from './format.ts';
import { countryName } from './countries.ts';
import { formatCap, formatMoneyAmount } from './labels.ts';
import type { DealStatus } from '../schemas/deal.ts';

export interface FactValue {
  readonly text: string;
  /** A machine-readable value: the ISO date for dates, the plain number for counts. */
  readonly value?: string;
  /** The date the value refers to, for dates and dated figures. */
  readonly date?: string;
}

/** The subset of a deal (plus its event count) a fact reads. */
export type FactSource = Pick<DealRecord, 'from' | 'to' | 'figures' | 'statusHistory'> & {
  readonly status: DealStatus;
  readonly eventCount: number;
};

/** The fact's text, or a message saying why this deal has no such fact. */
export function factValue(deal: FactSource, field: FactField, locale: Locale): FactValue | { problem: string } {
  const date = (value: string | undefined): FactValue | { problem: string } =>
    value
      ? { text: formatPartialDate(value, locale), value, date: value }
      : { problem: 'the deal has no status history' };
  const names = (codes: readonly string[]) =>
    formatList(
      codes.map((code) => countryName(code, locale)),
      locale,
    );
  switch (field) {
    case 'people':
    case 'people-as-of': {
      const figure = latestPeopleFigure(deal);
      if (!figure) return { problem: 'the deal has no people figure (figures.people is empty)' };
      if (field === 'people-as-of') return date(figure.asOf);
      const n = formatNumber(figure.value, locale);
      return {
        text: t(locale, `qualifier.${figure.qualifier}`, { n }),
        value: String(figure.value),
        date: figure.asOf,
      };
    }
    case 'money': {
      const figure = latestDated(deal.figures.money);
      if (!figure) return { problem: 'the deal has no money figure (figures.money is empty)' };
      return {
        text: formatMoneyAmount(figure, locale),
        value: String(figure.amount),
        ...(figure.asOf ? { date: figure.asOf } : {}),
      };
    }
    case 'cap': {
      const figure = deal.figures.caps[0];
      if (!figure) return { problem: 'the deal has no cap (figures.caps is empty)' };
      return { text: formatCap(figure, locale), value: String(figure.value) };
    }
    case 'status':
      return { text: t(locale, `status.${deal.status}`).toLocaleLowerCase(locale), value: deal.status };
    case 'status-since':
      return date(statusSince(deal));
    case 'first-date':
      return date(deal.statusHistory[0]?.date);
    case 'events':
      return { text: formatNumber(deal.eventCount, locale), value: String(deal.eventCount) };
    case 'from':
      return { text: names(deal.from), value: deal.from.join(' ') };
    case 'to':
      return { text: names(deal.to), value: deal.to.join(' ') };
  }
}
