import { describe, expect, it } from 'vitest';
import { keepUnchanged } from '../../../renderer/store/keep-unchanged';

/** An api answer is parsed from JSON: every object in it is new, even where nothing changed. */
const reparsed = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const retro = {
  id: 'r1',
  title: 'Sprint 7',
  cards: [
    { id: 'c1', text: 'Pager noise', tags: ['alerts'] },
    { id: 'c2', text: 'Runbooks out of date', tags: [] },
  ],
  votes: [{ voterId: 'ana', targetId: 'c1', count: 1 }],
  closedAt: null,
};

describe('keepUnchanged', () => {
  it('gives back the object shown when the answer equals it', () => {
    expect(keepUnchanged(retro, reparsed(retro))).toBe(retro);
  });

  it('takes what changed and keeps the identity of every part that did not', () => {
    const answer = reparsed(retro);
    answer.votes = [{ voterId: 'ana', targetId: 'c1', count: 2 }];
    const kept = keepUnchanged(retro, answer);
    expect(kept).not.toBe(retro);
    expect(kept).toEqual(answer);
    expect(kept.cards).toBe(retro.cards);
    expect(kept.votes).not.toBe(retro.votes);
  });

  it('matches list entries by id, so an entry added at the front keeps the others', () => {
    const answer = reparsed(retro);
    answer.cards.unshift({ id: 'c0', text: 'Disk alerts at 3 am', tags: [] });
    const kept = keepUnchanged(retro, answer);
    expect(kept.cards.map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    expect(kept.cards[1]).toBe(retro.cards[0]);
    expect(kept.cards[2]).toBe(retro.cards[1]);
  });

  it('notices a removed entry, a removed field and a changed value deep inside', () => {
    const fewer = reparsed(retro);
    fewer.cards.pop();
    expect(keepUnchanged(retro, fewer).cards).toHaveLength(1);

    const { closedAt: _closedAt, ...withoutField } = reparsed(retro);
    expect(keepUnchanged(retro, withoutField as typeof retro)).not.toHaveProperty('closedAt');

    const retagged = reparsed(retro);
    retagged.cards[0]!.tags = ['alerts', 'noise'];
    const kept = keepUnchanged(retro, retagged);
    expect(kept.cards[0]?.tags).toEqual(['alerts', 'noise']);
    expect(kept.cards[1]).toBe(retro.cards[1]);
  });

  it('takes a value of another kind as it is', () => {
    expect(keepUnchanged<unknown>({ a: 1 }, [1])).toEqual([1]);
    expect(keepUnchanged<unknown>(null, { a: 1 })).toEqual({ a: 1 });
    expect(keepUnchanged(3, 4)).toBe(4);
  });
});
