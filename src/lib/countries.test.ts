import { describe, expect, it } from 'vitest';
import { alpha3ToNumeric, countryName, isCountryCode, suggestCountryCode } from './countries.ts';

describe('country codes', () => {
  it('accepts ISO 3166-1 alpha-3 in capitals and XKX for Kosovo', () => {
    for (const code of ['USA', 'RWA', 'GBR', 'SLV', 'NRU', 'SWZ', 'XKX']) expect(isCountryCode(code)).toBe(true);
  });

  it('rejects typos, lowercase and alpha-2', () => {
    for (const code of ['RWAA', 'rwa', 'RW', 'XYZ', 'UK', '']) expect(isCountryCode(code)).toBe(false);
  });

  it('suggests the closest code for a one-letter typo', () => {
    expect(suggestCountryCode('RWB')).toBe('RWA');
    expect(suggestCountryCode('rwa')).toBe('RWA');
    // Several codes are one letter from SLW (SLV, SLE, SLB, PLW): no guess rather than a wrong one.
    expect(suggestCountryCode('SLW')).toBeUndefined();
  });

  it('names countries through Intl in the page locale', () => {
    expect(countryName('RWA', 'en')).toBe('Rwanda');
    expect(countryName('GBR', 'fr')).toBe('Royaume-Uni');
    expect(countryName('XKX', 'en')).toBe('Kosovo');
  });

  it('maps to the numeric ids used by Natural Earth', () => {
    expect(alpha3ToNumeric('RWA')).toBe('646');
  });
});
