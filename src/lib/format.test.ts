import { describe, expect, it } from 'vitest';
import { formatList, formatMoney, formatNumber } from './format.ts';

describe('format', () => {
  it('formats through Intl in the page locale', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'fr')).toBe('1\u202f234');
    expect(formatMoney(7_500_000, 'USD', 'en')).toBe('$7.5M');
    expect(formatMoney(100_000, 'USD', 'en')).toBe('$100,000');
    expect(formatMoney(290_000_000, 'GBP', 'en')).toBe('£290M');
    expect(formatList(['Rwanda', 'Uganda', 'Eswatini'], 'en')).toBe('Rwanda, Uganda, and Eswatini');
  });
});
