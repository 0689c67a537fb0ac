import { describe, expect, it } from 'vitest';
import { factTokens, parityProblems } from './parity.ts';

describe('factTokens', () => {
  it('reads each language’s digits, separators and magnitudes as the same values', () => {
    expect(factTokens('1,322 people and $7.5 million, then £120m and 1.5bn', 'en').numbers).toEqual([
      1322, 7.5e6, 1.2e8, 1.5e9,
    ]);
    expect(
      factTokens('1 322 personnes, 7,5 millions de dollars, 120 millions de livres, 1,5 milliard', 'fr').numbers,
    ).toEqual([1322, 7.5e6, 1.2e8, 1.5e9]);
    expect(
      factTokens('1322 personas, 7,5 millones de dólares, 120 millones de libras y 1500 millones', 'es').numbers,
    ).toEqual([1322, 7.5e6, 1.2e8, 1.5e9]);
    expect(factTokens('13.220 personas y 1,5 mil millones', 'es').numbers).toEqual([13220, 1.5e9]);
  });

  it('counts spelled-out numbers from two to twenty, and “both” as two, but never “one”', () => {
    expect(factTokens('seven people, both governments and one minister', 'en').numbers).toEqual([2, 7]);
    expect(factTokens('sept personnes, les deux gouvernements et un ministre', 'fr').numbers).toEqual([2, 7]);
    expect(factTokens('siete personas, ambos gobiernos y un ministro', 'es').numbers).toEqual([2, 7]);
  });

  it('finds months by name, and not in names that contain one', () => {
    expect(factTokens('On 4 May 2025, in mid-Aug and Sept; Theresa May may speak', 'en').months).toEqual([5, 8, 9]);
    expect(factTokens('le 4 mai 2025, mi-août et septembre', 'fr').months).toEqual([5, 8, 9]);
    expect(factTokens('el 4 de mayo de 2025, agosto y setiembre', 'es').months).toEqual([5, 8, 9]);
  });

  it('names currencies by symbol or word, and not in idioms', () => {
    expect([...factTokens('A$350m and £290 million, €1bn', 'en').currencies].sort()).toEqual([
      'dollar',
      'euro',
      'pound',
    ]);
    expect([...factTokens('told the Court to pound sand', 'en').currencies]).toEqual([]);
    expect([...factTokens('350 millions de dollars australiens', 'fr').currencies]).toEqual(['dollar']);
  });
});

describe('parityProblems', () => {
  const english = 'In June 2025 Rwanda agreed to take up to 250 people for $7.5 million; seven arrived on 28 Aug.';

  it('accepts a faithful translation', () => {
    expect(
      parityProblems(
        english,
        'En juin 2025, le Rwanda a accepté d’accueillir jusqu’à 250 personnes pour 7,5 millions de dollars ; sept sont arrivées le 28 août.',
        'fr',
      ),
    ).toEqual([]);
    expect(
      parityProblems(
        english,
        'En junio de 2025, Ruanda aceptó recibir hasta 250 personas por 7,5 millones de dólares; siete llegaron el 28 de agosto.',
        'es',
      ),
    ).toEqual([]);
  });

  it('names a changed number, a lost month and a swapped currency', () => {
    const problems = parityProblems(
      english,
      'En 2025, le Rwanda a accepté jusqu’à 25 personnes pour 7,5 millions d’euros ; sept sont arrivées le 28 août.',
      'fr',
    );
    expect(problems).toContain('the English has the number(s) 250, the translation does not');
    expect(problems).toContain('the translation has the number(s) 25, the English does not');
    expect(problems).toContain('the English names the month(s) June, the translation does not');
    expect(problems).toContain('the English names the currency dollar, the translation does not');
    expect(problems).toContain('the translation names the currency euro, the English does not');
  });

  it('notices a spelled-out number changed', () => {
    expect(parityProblems('seven arrived', 'huit sont arrivés', 'fr')).toEqual([
      'the English has the number(s) 7, the translation does not',
      'the translation has the number(s) 8, the English does not',
    ]);
  });
});
