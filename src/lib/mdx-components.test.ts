import { describe, expect, it } from 'vitest';
import { checkComponents, type AttributeValue, type ComponentContext } from './mdx-components.ts';

const context: ComponentContext = {
  isPage: false,
  hasSource: () => true,
  hasDeal: (id) => ['us-ghana', 'uk-rwanda'].includes(id),
  factProblem: () => undefined,
  imageExists: () => true,
  isDate: () => true,
};
const use = (attributes: Record<string, AttributeValue>) => ({
  name: 'PeopleChart',
  line: 9,
  attributes: new Map(Object.entries(attributes)),
  hasText: false,
  spread: false,
});

describe('<PeopleChart> props', () => {
  it('accepts no props, a literal list of known deals and a whole-number limit', () => {
    expect(checkComponents([use({})], context)).toEqual([]);
    expect(
      checkComponents(
        [use({ deals: { expression: "['us-ghana', 'uk-rwanda']" }, limit: { expression: '10' } })],
        context,
      ),
    ).toEqual([]);
  });

  it('names the tag, line and prop of an unknown deal or a bad limit', () => {
    expect(checkComponents([use({ deals: { expression: "['us-ghana', 'uk-ruanda']" } })], context)).toEqual([
      { field: '<PeopleChart> (line 9) deals', message: 'unknown deal "uk-ruanda"' },
    ]);
    for (const limit of [{ expression: '0' }, { expression: '2.5' }, { string: '10' }, { bare: true } as const])
      expect(checkComponents([use({ limit })], context)).toEqual([
        { field: '<PeopleChart> (line 9) limit', message: 'write a whole number of 1 or more: limit={10}' },
      ]);
  });
});
