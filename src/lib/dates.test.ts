import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  endOf,
  formatPartialDate,
  isNotBefore,
  parsePartialDate,
  partialDateProblem,
  startOf,
} from './dates.ts';

describe('parsePartialDate', () => {
  it('keeps the precision that was written', () => {
    expect(parsePartialDate('2025')).toEqual({ iso: '2025', precision: 'year', year: 2025 });
    expect(parsePartialDate('2025-06')).toEqual({ iso: '2025-06', precision: 'month', year: 2025, month: 6 });
    expect(parsePartialDate('2025-06-14')).toMatchObject({ precision: 'day', day: 14 });
  });

  it.each([
    ['2025-13', /no month 13/],
    ['2025-02-30', /impossible: that month has 28 days/],
    ['2024-02-30', /29 days/],
    ['2025-6', /not a date/],
    ['14/06/2025', /not a date/],
    ['1850', /out of range/],
  ])('rejects %s', (value, message) => {
    expect(partialDateProblem(value)).toMatch(message);
    expect(() => parsePartialDate(value)).toThrow(message);
  });

  it('accepts 29 February in a leap year', () => {
    expect(partialDateProblem('2024-02-29')).toBeUndefined();
  });
});

describe('periods', () => {
  it('spans the whole month or year, in UTC', () => {
    expect(new Date(startOf(parsePartialDate('2025-06'))).toISOString()).toBe('2025-06-01T00:00:00.000Z');
    expect(new Date(endOf(parsePartialDate('2025-06'))).toISOString()).toBe('2025-07-01T00:00:00.000Z');
    expect(new Date(endOf(parsePartialDate('2025'))).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(new Date(endOf(parsePartialDate('2025-12-31'))).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('orders by start, less precise first', () => {
    const sorted = ['2025-06-14', '2025', '2024-12', '2025-06'].sort(comparePartialDates);
    expect(sorted).toEqual(['2024-12', '2025', '2025-06', '2025-06-14']);
  });

  it('lets a finer date fall inside a coarser one but not before it', () => {
    expect(isNotBefore('2025-06-14', '2025-06')).toBe(true);
    expect(isNotBefore('2025', '2025-06-14')).toBe(true);
    expect(isNotBefore('2025-05-31', '2025-06')).toBe(false);
    expect(isNotBefore('2024', '2025-01-01')).toBe(false);
  });
});

describe('formatPartialDate', () => {
  it('never invents a day', () => {
    expect(formatPartialDate('2025-06', 'en')).toBe('June 2025');
    expect(formatPartialDate('2025', 'en')).toBe('2025');
    expect(formatPartialDate('2025-06-14', 'en')).toBe('June 14, 2025');
    expect(formatPartialDate('2025-06-14', 'fr')).toBe('14 juin 2025');
  });
});
