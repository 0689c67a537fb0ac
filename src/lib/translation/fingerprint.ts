/**
 * Fingerprints of the English text a translation translates. Only the prose counts: a new source or a corrected
 * date does not make a translation stale, but any change to a title, summary, note, correction or story body does.
 */
import { createHash } from 'node:crypto';
import type { Deal } from '../../schemas/deal.ts';
import type { DealEvent } from '../../schemas/event.ts';

/** The 12 hex digits translation files record in `translates:`. */
export function fingerprint(texts: readonly (string | null | undefined)[]): string {
  return createHash('sha256')
    .update(JSON.stringify(texts.map((text) => (text == null ? null : text.replace(/\s+/g, ' ').trim()))))
    .digest('hex')
    .slice(0, 12);
}

export function dealTexts(deal: Pick<Deal, 'title' | 'summary' | 'statusHistory' | 'figures' | 'corrections'>) {
  return [
    deal.title,
    deal.summary,
    ...deal.statusHistory.map((transition) => transition.note ?? null),
    '|people',
    ...deal.figures.people.map((figure) => figure.note ?? null),
    '|money',
    ...deal.figures.money.map((figure) => figure.note ?? null),
    '|caps',
    ...deal.figures.caps.map((figure) => figure.note ?? null),
    '|corrections',
    ...deal.corrections.map((correction) => correction.text),
  ];
}

export function eventTexts(event: Pick<DealEvent, 'title' | 'summary' | 'disputed' | 'quote'>) {
  return [event.title, event.summary, event.disputed ?? null, event.quote?.text ?? null, event.quote?.speaker ?? null];
}

export function storyTexts(
  story: { title: string; dek: string; corrections: readonly { text: string }[] },
  body: string,
) {
  return [story.title, story.dek, ...story.corrections.map((correction) => correction.text), '|body', body];
}

export function pageTexts(page: { title: string; description: string }, body: string) {
  return [page.title, page.description, '|body', body];
}
