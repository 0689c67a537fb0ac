import { describe, expect, it } from 'vitest';
import { formatMessage } from './messages.ts';

const deals = '{count, plural, =0 {No deals} one {# deal} other {# deals}}';

describe('formatMessage', () => {
  it('fills plain placeholders', () => {
    expect(formatMessage('en', 'Data reviewed {date}.', { date: 'November 30, 2026' })).toBe(
      'Data reviewed November 30, 2026.',
    );
  });

  it.each([
    [0, 'No deals'],
    [1, '1 deal'],
    [2, '2 deals'],
    [1234, '1,234 deals'],
  ])('picks the English plural for %i', (count, expected) => {
    expect(formatMessage('en', deals, { count })).toBe(expected);
  });

  it('falls back to the language category when no exact case matches', () => {
    expect(formatMessage('en', '{n, plural, one {# person} other {# people}}', { n: 0 })).toBe('0 people');
  });

  it('follows languages with other plural rules', () => {
    // French puts 0 and 1 in "one"; Polish has "few" (2-4) and "many" (5+); numbers are formatted for the locale.
    const fr = '{n, plural, one {# accord} other {# accords}}';
    expect([0, 1, 2].map((n) => formatMessage('fr', fr, { n }))).toEqual(['0 accord', '1 accord', '2 accords']);
    const pl = '{n, plural, one {# umowa} few {# umowy} many {# umów} other {# umowy}}';
    expect([1, 3, 5, 22, 1000].map((n) => formatMessage('pl', pl, { n }))).toEqual([
      '1 umowa',
      '3 umowy',
      '5 umów',
      '22 umowy',
      '1000 umów',
    ]);
  });

  it('fills placeholders inside a plural case', () => {
    expect(
      formatMessage('en', '{n, plural, one {# event in {deal}} other {# events in {deal}}}', { n: 3, deal: 'X' }),
    ).toBe('3 events in X');
  });

  it('names the message when a value is missing or the template is broken', () => {
    expect(() => formatMessage('en', 'Hi {name}', {}, 'greeting')).toThrow('Missing "name" for UI string "greeting"');
    expect(() => formatMessage('en', '{n, plural, one {x}}', { n: 1 }, 'k')).toThrow('no "other" case');
    expect(() => formatMessage('en', '{n, plural, other {x}', { n: 1 }, 'k')).toThrow('Unbalanced braces');
    expect(() => formatMessage('en', '{n, plural, other {x}}', { n: 'a' }, 'k')).toThrow('must be a number');
  });
});
