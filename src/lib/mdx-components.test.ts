import { describe, expect, it } from 'vitest';
import { checkComponents, type AttributeValue, type ComponentContext } from './mdx-components.ts';

const context: ComponentContext = {
  isPage: false,
  hasSource: () => true,
  hasDeal: (id) => ['us-ghana', 'uk-rwanda'].includes(id),
  hasEvent: (id) => id === 'uk-rwanda-2022-04-14-mou-signed',
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

describe('<Scrolly> and <Step> props', () => {
  const dateContext: ComponentContext = {
    ...context,
    isDate: (value) => /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(value),
  };
  const tag = (name: string, line: number, attributes: Record<string, string>, hasText = true) => ({
    name,
    line,
    attributes: new Map<string, AttributeValue>(Object.entries(attributes).map(([k, v]) => [k, { string: v }])),
    hasText,
    spread: false,
  });
  const scrolly = {
    ...tag('Scrolly', 3, {}),
    attributes: new Map<string, AttributeValue>([['deals', { expression: "['uk-rwanda']" }]]),
  };

  const step = (line: number, attributes: Record<string, string>, hasText = true) => ({
    ...tag('Step', line, attributes, hasText),
    within: scrolly,
  });

  it('accepts steps that name known deals, events, regions and partial dates', () => {
    const steps = [
      step(5, { id: 'signed', deal: 'uk-rwanda', asOf: '2022-04', region: 'africa' }),
      step(9, { id: 'mou', event: 'uk-rwanda-2022-04-14-mou-signed', from: '2022', to: '2024-07' }),
    ];
    expect(checkComponents([scrolly, ...steps], dateContext)).toEqual([]);
  });

  it('names the line and the prop of each bad step value', () => {
    const steps = [
      step(5, { id: 'talks', deal: 'us-ruanda', asOf: '2025-13', region: 'asia', event: 'no-such-event' }),
    ];
    expect(checkComponents(steps, dateContext)).toEqual([
      { field: '<Step> (line 5) deal', message: 'unknown deal "us-ruanda": no file content/deals/us-ruanda.yaml' },
      { field: '<Step> (line 5) asOf', message: '"2025-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)' },
      {
        field: '<Step> (line 5) region',
        message: expect.stringContaining('"asia" is not a map region; use one of world, americas') as string,
      },
      {
        field: '<Step> (line 5) event',
        message: 'unknown event "no-such-event": no event with that id in content/events/',
      },
    ]);
  });

  it('requires an id, a view, text, unique ids and a window that runs forwards', () => {
    const problems = checkComponents(
      [
        step(4, { deal: 'uk-rwanda' }),
        step(6, { id: 'one' }, false),
        step(8, { id: 'one', from: '2025', to: '2024' }),
        step(10, { id: 'Two Words', deal: 'uk-rwanda' }),
      ],
      dateContext,
    );
    expect(problems).toContainEqual({ field: '<Step> (line 4) id', message: 'is required' });
    expect(problems).toContainEqual({
      field: '<Step> (line 6)',
      message: 'name the view this step shows with at least one of deal, event, asOf, region, from, to',
    });
    expect(problems).toContainEqual({ field: '<Step> (line 6)', message: 'put the text between <Step> and </Step>' });
    expect(problems).toContainEqual({
      field: '<Step> (line 8) id',
      message: 'duplicate step id "one" (first used on line 6)',
    });
    expect(problems).toContainEqual({ field: '<Step> (line 8) to', message: '2024 is before from (2025)' });
    expect(problems).toContainEqual({
      field: '<Step> (line 10) id',
      message: '"Two Words" is not a step id: use lowercase kebab-case (the step\'s link is #step-Two Words)',
    });
  });

  it('wants each step inside a scrolly that draws its deal', () => {
    expect(checkComponents([tag('Step', 7, { id: 'alone', region: 'africa' })], dateContext)).toEqual([
      { field: '<Step> (line 7)', message: 'put each <Step> inside a <Scrolly>, which draws the figure it changes' },
    ]);
    expect(checkComponents([step(9, { id: 'other', deal: 'us-ghana' })], dateContext)).toEqual([
      {
        field: '<Step> (line 9) deal',
        message: '"us-ghana" is not drawn by its <Scrolly> (line 3): add it to its deals',
      },
    ]);
  });

  it('checks the scrolly figure and requires its deals', () => {
    expect(checkComponents([tag('Scrolly', 2, { figure: 'globe' })], dateContext)).toEqual([
      {
        field: '<Scrolly> (line 2) figure',
        message: '"globe" is not a scrolly figure; use one of map, timeline, both',
      },
      { field: '<Scrolly> (line 2) deals', message: 'is required' },
    ]);
  });
});
