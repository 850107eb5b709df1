import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isTopic,
  rankedTopics,
  setVotes,
  tallies,
  topicsOf,
  voteRefusal,
  votesUsedBy,
} from '../../../src/domain/retro/voting';
import { card, retro } from './build';

const rules = { votesPerPerson: 5, maxPerCard: 3 };

describe('vote tallies', () => {
  it('adds up every person’s dots per topic', () => {
    const votes = [
      { voterId: 'ana', targetId: 'a', count: 2 },
      { voterId: 'bo', targetId: 'a', count: 3 },
      { voterId: 'bo', targetId: 'b', count: 1 },
    ];
    expect(tallies(votes).get('a')).toBe(5);
    expect(tallies(votes).get('b')).toBe(1);
    expect(votesUsedBy(votes, 'bo')).toBe(4);
  });

  it('setVotes replaces one person’s dots and 0 removes them', () => {
    let votes = setVotes([], 'ana', 'a', 2);
    votes = setVotes(votes, 'ana', 'a', 3);
    expect(votes).toEqual([{ voterId: 'ana', targetId: 'a', count: 3 }]);
    expect(setVotes(votes, 'ana', 'a', 0)).toEqual([]);
  });

  it('ranks topics by votes, ties in board order, groups counted once', () => {
    const a = card('alerts', 'Pager storm');
    const b = card('alerts', 'Disk alerts are noise', { groupId: 'g1' });
    const c = card('alerts', 'CPU alert flapping', { groupId: 'g1' });
    const d = card('interrupts', 'DNS outage');
    const r = retro({
      cards: [a, b, c, d],
      groups: [{ id: 'g1', title: 'Noisy alerts' }],
      votes: [
        { voterId: 'ana', targetId: 'g1', count: 3 },
        { voterId: 'ana', targetId: d.id, count: 1 },
        { voterId: 'bo', targetId: a.id, count: 1 },
      ],
    });
    expect(topicsOf(r)).toHaveLength(3);
    expect(rankedTopics(r).map((t) => [t.title, t.votes])).toEqual([
      ['Noisy alerts', 3],
      ['Pager storm', 1],
      ['DNS outage', 1],
    ]);
  });
});

describe('vote caps', () => {
  const a = card('alerts', 'A');
  const b = card('alerts', 'B');
  const base = retro({ cards: [a, b] });

  it('allows up to the per-card cap and refuses one more', () => {
    expect(voteRefusal(base, rules, 'ana', a.id, 3)).toBeNull();
    expect(voteRefusal(base, rules, 'ana', a.id, 4)).toBe('At most 3 votes per person on one card or group.');
  });

  it('refuses going over the budget and says how many are left', () => {
    const r = { ...base, votes: [{ voterId: 'ana', targetId: a.id, count: 3 }] };
    expect(voteRefusal(r, rules, 'ana', b.id, 2)).toBeNull();
    expect(voteRefusal(r, rules, 'ana', b.id, 3)).toBe('Only 5 votes per person: 2 left for this person.');
    // Named when the name is known: the facilitator enters dots for one person after another.
    expect(voteRefusal(r, rules, 'ana', b.id, 3, 'Ana')).toBe('Only 5 votes per person: Ana has 2 left.');
    // Another person has their own budget.
    expect(voteRefusal(r, rules, 'bo', b.id, 3)).toBeNull();
  });

  it('counts the change on a topic, not the dots already on it', () => {
    const r = {
      ...base,
      votes: [
        { voterId: 'ana', targetId: a.id, count: 3 },
        { voterId: 'ana', targetId: b.id, count: 2 },
      ],
    };
    expect(voteRefusal(r, rules, 'ana', a.id, 2)).toBeNull();
    expect(voteRefusal(r, rules, 'ana', a.id, 0)).toBeNull();
  });

  it('always lets a person take dots back, even from a topic over the cap or a budget that shrank', () => {
    // Grouping two dotted cards adds their dots up (3 + 2 here), and the team may lower its budget later.
    const r = { ...base, votes: [{ voterId: 'ana', targetId: a.id, count: 5 }] };
    expect(voteRefusal(r, rules, 'ana', a.id, 4)).toBeNull();
    expect(voteRefusal(r, { votesPerPerson: 2, maxPerCard: 5 }, 'ana', a.id, 4)).toBeNull();
    // Still over the cap after taking one back: adding again is refused.
    expect(voteRefusal(r, rules, 'ana', a.id, 6)).toBe('At most 3 votes per person on one card or group.');
  });

  it('says a budget of one as "1 vote", not "1 votes"', () => {
    const r = { ...base, votes: [{ voterId: 'ana', targetId: a.id, count: 1 }] };
    expect(voteRefusal(r, { votesPerPerson: 1, maxPerCard: 3 }, 'ana', b.id, 1, 'Ana')).toBe(
      'Only 1 vote per person: Ana has 0 left.',
    );
  });

  it('with a budget of 0 nobody can vote', () => {
    expect(voteRefusal(base, { votesPerPerson: 0, maxPerCard: 3 }, 'ana', a.id, 1)).toMatch(/Only 0 votes/);
    expect(voteRefusal(base, { votesPerPerson: 0, maxPerCard: 3 }, 'ana', a.id, 0)).toBeNull();
  });

  it('refuses votes on a card that is inside a group (vote on the group instead)', () => {
    const r = retro({
      cards: [card('alerts', 'x', { groupId: 'g' }), card('alerts', 'y', { groupId: 'g' })],
      groups: [{ id: 'g', title: '' }],
    });
    expect(voteRefusal(r, rules, 'ana', r.cards[0]!.id, 1)).toMatch(/no longer on the board/);
    expect(voteRefusal(r, rules, 'ana', 'g', 1)).toBeNull();
  });
});

describe('isTopic', () => {
  it('names exactly the topics topicsOf lists: loose cards and groups holding a card, not grouped cards', () => {
    const ids = ['c1', 'c2', 'c3', 'c4', 'g1', 'g2', 'g3'];
    const board = fc.record({
      cards: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
          groupId: fc.option(fc.constantFrom('g1', 'g2', 'g3')),
        }),
        { selector: (c) => c.id },
      ),
      groups: fc.subarray(['g1', 'g2', 'g3']),
    });
    fc.assert(
      fc.property(board, ({ cards, groups }) => {
        const r = retro({
          cards: cards.map(({ id, groupId }) => ({ ...card('alerts', id), id, groupId })),
          groups: groups.map((id) => ({ id, title: id })),
        });
        const listed = new Set(topicsOf(r).map((t) => t.id));
        for (const id of ids) expect(isTopic(r, id), id).toBe(listed.has(id));
      }),
    );
  });
});
