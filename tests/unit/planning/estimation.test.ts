import { describe, expect, it } from 'vitest';
import { deckFor, noCountedVoteReason, roundStats, type Vote } from '../../../src/domain/planning/estimation';

const votes = (...cards: [string, number | null][]): Vote[] =>
  cards.map(([card, value], n) => ({ memberId: `m${n + 1}`, card, value }));

describe('planning poker deck', () => {
  it('is the team scale plus ?, coffee and pass', () => {
    expect(deckFor('fibonacci').map((c) => c.label)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '5',
      '8',
      '13',
      '21',
      '34',
      '?',
      'coffee',
      'pass',
    ]);
    expect(deckFor('tshirt').slice(0, 3)).toEqual([
      { label: 'XS', value: 1 },
      { label: 'S', value: 2 },
      { label: 'M', value: 3 },
    ]);
  });
});

describe('round statistics', () => {
  it('gives spread, median, mode and the nearest card, ignoring ?, coffee and pass', () => {
    const s = roundStats(votes(['3', 3], ['5', 5], ['5', 5], ['13', 13], ['?', null], ['coffee', null]), 'fibonacci');
    expect(s.numeric).toEqual([3, 5, 5, 13]);
    expect(s.spread).toBe(10);
    expect(s.median).toBe(5);
    expect(s.mode).toEqual([5]);
    expect(s.nearest?.value).toBe(5);
    expect(s.consensus).toBe(false);
  });

  it('takes the higher card when the median falls between two cards', () => {
    const s = roundStats(votes(['3', 3], ['5', 5]), 'fibonacci');
    expect(s.median).toBe(4);
    expect(s.nearest?.value).toBe(5);
    expect(s.mode).toEqual([]);
  });

  it('flags the lowest and the highest votes when they span three or more cards', () => {
    const s = roundStats(votes(['1', 1], ['3', 3], ['3', 3], ['8', 8]), 'fibonacci');
    expect(s.nearest?.value).toBe(3);
    expect(s.outliers.sort()).toEqual(['m1', 'm4']);
    // 3/5/8/13/?: both ends, not only the one furthest from the median; the unsure vote is never one.
    const both = roundStats(votes(['3', 3], ['5', 5], ['8', 8], ['13', 13], ['?', null]), 'fibonacci');
    expect(both.outliers.sort()).toEqual(['m1', 'm4']);
    // Adjacent cards (3 and 5) have no outliers; 3 and 8 span three cards (3, 5, 8).
    expect(roundStats(votes(['3', 3], ['3', 3], ['5', 5]), 'fibonacci').outliers).toEqual([]);
    expect(roundStats(votes(['3', 3], ['8', 8], ['8', 8]), 'fibonacci').outliers.sort()).toEqual(['m1', 'm2', 'm3']);
  });

  it('reports consensus and no outliers when everyone agrees', () => {
    const s = roundStats(votes(['8', 8], ['8', 8], ['pass', null]), 'fibonacci');
    expect(s.consensus).toBe(true);
    expect(s.outliers).toEqual([]);
    expect(s.spread).toBe(0);
  });

  it('has no numbers when nobody gave points', () => {
    const s = roundStats(votes(['?', null]), 'fibonacci');
    expect(s).toMatchObject({ median: null, spread: null, nearest: null, consensus: false, outliers: [] });
  });
});

describe('why a reveal finds no vote that counts', () => {
  const vote = (memberId: string, card: string): Vote => ({ memberId, card, value: Number(card) });
  it('names whose left-out votes there are: former members, removed guests, or both', () => {
    expect(noCountedVoteReason([])).toBe('Nobody has voted yet');
    expect(noCountedVoteReason([vote('guest-a1', '5'), vote('guest-b2', '8')])).toBe(
      'Only guests removed from the room have voted',
    );
    expect(noCountedVoteReason([vote('m-bo', '5'), vote('guest-a1', '8')])).toBe(
      'Only someone no longer on the team and a guest removed from the room have voted',
    );
  });
});
