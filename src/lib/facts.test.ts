import { describe, expect, it } from 'vitest';
import { factValue, type FactSource } from './facts.ts';

const deal: FactSource = {
  from: ['GBR'],
  to: ['RWA'],
  status: 'ended',
  eventCount: 12,
  statusHistory: [
    { date: '2022-04-14', status: 'agreed', sources: ['s'] },
    { date: '2024-07', status: 'ended', sources: ['s'] },
  ],
  figures: {
    people: [
      { value: 4, qualifier: 'exact', asOf: '2024-04', sources: ['s'] },
      { value: 7, qualifier: 'at-least', asOf: '2024-07-01', sources: ['s'] },
    ],
    money: [{ amount: 240_000_000, currency: 'GBP', kind: 'paid', asOf: '2024-03', sources: ['s'] }],
    caps: [],
  },
};

describe('factValue', () => {
  it('reads the latest people figure with its qualifier and date', () => {
    expect(factValue(deal, 'people', 'en')).toEqual({ text: 'at least 7', value: '7', date: '2024-07-01' });
    expect(factValue(deal, 'people-as-of', 'en')).toMatchObject({ text: 'July 1, 2024', value: '2024-07-01' });
  });

  it('keeps the precision of dates', () => {
    expect(factValue(deal, 'status-since', 'en')).toMatchObject({ text: 'July 2024', value: '2024-07' });
    expect(factValue(deal, 'first-date', 'en')).toMatchObject({ value: '2022-04-14' });
  });

  it('prints status, parties, events and money in prose form', () => {
    expect(factValue(deal, 'status', 'en')).toMatchObject({ text: 'ended' });
    expect(factValue(deal, 'from', 'en')).toMatchObject({ text: 'United Kingdom' });
    expect(factValue(deal, 'events', 'en')).toMatchObject({ text: '12' });
    expect(factValue(deal, 'money', 'en')).toMatchObject({ value: '240000000' });
    expect((factValue(deal, 'money', 'en') as { text: string }).text).toMatch(/240.*paid/);
  });

  it('explains a fact the deal cannot give', () => {
    expect(factValue(deal, 'cap', 'en')).toEqual({ problem: expect.stringMatching(/no cap/) as string });
  });
});
