import { describe, expect, it } from 'vitest';
import { groupCard, mergeGroups, removeCard, ungroupCard } from '../../../src/domain/retro/grouping';
import type { RetroAction } from '../../../src/domain/retro/schema';
import { topicsOf } from '../../../src/domain/retro/voting';
import { card, retro } from './build';

/** An action linked to the topic `sourceId`, as Discuss adds it. */
function actionFrom(sourceId: string): RetroAction {
  return {
    id: `action-${sourceId}`,
    text: 'Route P3 alerts to a ticket queue',
    ownerId: null,
    dueDate: null,
    type: 'prevent',
    ticketKey: '',
    sourceId,
    status: 'open',
    reviews: [],
    createdAt: '2026-11-20T10:00:00.000Z',
  };
}

const timer = { durationMs: 300_000, startedAt: null, elapsedMs: 60_000 };

describe('grouping', () => {
  const a = card('alerts', 'Disk alert noise');
  const b = card('alerts', 'CPU alert flapping');
  const c = card('alerts', 'Too many pages');

  it('dropping a card on a lone card forms a group and moves both cards’ votes to it', () => {
    const r = retro({
      cards: [a, b, c],
      votes: [
        { voterId: 'ana', targetId: a.id, count: 1 },
        { voterId: 'ana', targetId: b.id, count: 2 },
      ],
    });
    const next = groupCard(r, a.id, b.id, 'g1');
    expect(next.groups).toEqual([{ id: 'g1', title: '' }]);
    expect(next.cards.filter((x) => x.groupId === 'g1').map((x) => x.id)).toEqual([a.id, b.id]);
    expect(next.votes).toEqual([{ voterId: 'ana', targetId: 'g1', count: 3 }]);
    expect(topicsOf(next)).toHaveLength(2);
  });

  it('dropping onto a grouped card or the group joins that group', () => {
    const r = groupCard(retro({ cards: [a, b, c] }), a.id, b.id, 'g1');
    const viaCard = groupCard(r, c.id, a.id, 'unused');
    const viaGroup = groupCard(r, c.id, 'g1', 'unused');
    for (const next of [viaCard, viaGroup]) {
      expect(next.groups).toHaveLength(1);
      expect(next.cards.every((x) => x.groupId === 'g1')).toBe(true);
    }
  });

  it('ungrouping the second-to-last card dissolves the group and the last card keeps its votes', () => {
    let r = groupCard(retro({ cards: [a, b] }), a.id, b.id, 'g1');
    r = { ...r, votes: [{ voterId: 'bo', targetId: 'g1', count: 2 }] };
    const next = ungroupCard(r, a.id);
    expect(next.groups).toEqual([]);
    expect(next.cards.every((x) => x.groupId === null)).toBe(true);
    expect(next.votes).toEqual([{ voterId: 'bo', targetId: b.id, count: 2 }]);
  });

  it('ungrouping from a larger group keeps the group', () => {
    let r = groupCard(retro({ cards: [a, b, c] }), a.id, b.id, 'g1');
    r = groupCard(r, c.id, 'g1', 'x');
    const next = ungroupCard(r, c.id);
    expect(next.groups.map((g) => g.id)).toEqual(['g1']);
    expect(next.cards.find((x) => x.id === c.id)?.groupId).toBeNull();
  });

  it('merging moves cards and votes, and keeps a title', () => {
    const d = card('alerts', 'Pager at 3am');
    let r = retro({ cards: [a, b, c, d] });
    r = groupCard(r, a.id, b.id, 'g1');
    r = groupCard(r, c.id, d.id, 'g2');
    r = {
      ...r,
      groups: r.groups.map((g) => (g.id === 'g2' ? { ...g, title: 'Alert noise' } : g)),
      votes: [
        { voterId: 'ana', targetId: 'g1', count: 1 },
        { voterId: 'ana', targetId: 'g2', count: 2 },
        { voterId: 'bo', targetId: 'g2', count: 1 },
      ],
    };
    const next = mergeGroups(r, 'g2', 'g1');
    expect(next.groups).toEqual([{ id: 'g1', title: 'Alert noise' }]);
    expect(next.cards.every((x) => x.groupId === 'g1')).toBe(true);
    expect(next.votes).toEqual([
      { voterId: 'ana', targetId: 'g1', count: 3 },
      { voterId: 'bo', targetId: 'g1', count: 1 },
    ]);
  });

  it('with a per-card cap, keeps one person’s added-up dots to the cap: the extra ones go back to their budget', () => {
    const d = card('alerts', 'Pager at 3am');
    const r = retro({
      cards: [a, b, c, d],
      votes: [
        { voterId: 'ana', targetId: a.id, count: 3 },
        { voterId: 'ana', targetId: b.id, count: 2 },
        { voterId: 'bo', targetId: a.id, count: 1 },
        { voterId: 'bo', targetId: b.id, count: 1 },
      ],
    });
    const grouped = groupCard(r, b.id, a.id, 'g1', 3);
    expect(grouped.votes).toEqual([
      { voterId: 'ana', targetId: 'g1', count: 3 },
      { voterId: 'bo', targetId: 'g1', count: 2 },
    ]);
    // Merging two groups adds up the same way.
    let two = groupCard(r, b.id, a.id, 'g1');
    two = groupCard(two, d.id, c.id, 'g2');
    two = { ...two, votes: [...two.votes, { voterId: 'ana', targetId: 'g2', count: 2 }] };
    expect(mergeGroups(two, 'g2', 'g1', 3).votes).toEqual([
      { voterId: 'ana', targetId: 'g1', count: 3 },
      { voterId: 'bo', targetId: 'g1', count: 2 },
    ]);
  });

  it('refuses grouping a card with itself or with something missing', () => {
    const r = retro({ cards: [a, b] });
    expect(() => groupCard(r, a.id, a.id, 'g')).toThrow(/itself/);
    expect(() => groupCard(r, a.id, 'nope', 'g')).toThrow(/not found/);
    expect(() => mergeGroups(r, 'x', 'y')).toThrow(/not found/);
  });

  it('removing a card takes its votes and dissolves a group it leaves with one card', () => {
    let r = groupCard(retro({ cards: [a, b, c] }), a.id, b.id, 'g1');
    r = { ...r, votes: [{ voterId: 'ana', targetId: c.id, count: 1 }] };
    expect(removeCard(r, c.id).votes).toEqual([]);
    expect(removeCard(r, a.id).groups).toEqual([]);
  });

  describe('after Discuss, what was said about a topic moves with it', () => {
    const d = card('alerts', 'Pager at 3am');
    /** Two discussed groups: g1 (a, b) and g2 (c, d), each with notes, an action and a timer. */
    function discussed() {
      let r = retro({ cards: [a, b, c, d] });
      r = groupCard(r, a.id, b.id, 'g1');
      r = groupCard(r, c.id, d.id, 'g2');
      return {
        ...r,
        notes: [
          { targetId: 'g1', notes: 'Agreed: route P3 to a ticket queue.' },
          { targetId: 'g2', notes: 'Pages at night are mostly disk.' },
        ],
        actions: [actionFrom('g1'), actionFrom('g2')],
        timers: { 'topic:g1': timer },
      };
    }

    it('a group dissolved by removing or ungrouping a card hands its notes, links and timer to the card left', () => {
      for (const next of [removeCard(discussed(), a.id), ungroupCard(discussed(), a.id)]) {
        expect(next.groups.map((g) => g.id)).toEqual(['g2']);
        expect(next.notes).toContainEqual({ targetId: b.id, notes: 'Agreed: route P3 to a ticket queue.' });
        expect(next.notes.some((n) => n.targetId === 'g1')).toBe(false);
        expect(next.actions.map((x) => x.sourceId)).toEqual([b.id, 'g2']);
        expect(next.timers).toEqual({ [`topic:${b.id}`]: timer });
      }
    });

    it('merging keeps both groups’ notes, joined, and moves the links and the timer', () => {
      const next = mergeGroups(discussed(), 'g1', 'g2');
      expect(next.notes).toEqual([
        { targetId: 'g2', notes: 'Pages at night are mostly disk.\n\nAgreed: route P3 to a ticket queue.' },
      ]);
      expect(next.actions.map((x) => x.sourceId)).toEqual(['g2', 'g2']);
      expect(next.timers).toEqual({ 'topic:g2': timer });
    });

    it('grouping a discussed loose card, or dropping a card on one, moves its notes and links into the group', () => {
      let r = removeCard(discussed(), a.id);
      // b now stands alone with g1's notes and action; dropped into g2, they follow it.
      const joined = groupCard(r, b.id, 'g2', 'unused');
      expect(joined.notes).toEqual([
        { targetId: 'g2', notes: 'Pages at night are mostly disk.\n\nAgreed: route P3 to a ticket queue.' },
      ]);
      expect(joined.actions.map((x) => x.sourceId)).toEqual(['g2', 'g2']);
      expect(joined.timers).toEqual({ 'topic:g2': timer });
      // A card dropped on the discussed lone card forms a new group that takes over what b had.
      r = { ...r, cards: [...r.cards, a] };
      const formed = groupCard(r, a.id, b.id, 'g3');
      expect(formed.notes).toContainEqual({ targetId: 'g3', notes: 'Agreed: route P3 to a ticket queue.' });
      expect(formed.actions.map((x) => x.sourceId)).toEqual(['g3', 'g2']);
      expect(formed.timers).toEqual({ 'topic:g3': timer });
    });

    it('a removed loose card takes its notes and timer with it; its actions stay, unlinked', () => {
      const r = { ...retro({ cards: [a] }), notes: [{ targetId: a.id, notes: 'x' }], actions: [actionFrom(a.id)] };
      const next = removeCard({ ...r, timers: { [`topic:${a.id}`]: timer } }, a.id);
      expect(next.notes).toEqual([]);
      expect(next.timers).toEqual({});
      expect(next.actions.map((x) => x.sourceId)).toEqual([null]);
    });

    it('refuses a join that would make the notes longer than a note may be, changing nothing', () => {
      const r = discussed();
      const long = { ...r, notes: r.notes.map((n) => ({ ...n, notes: 'x'.repeat(12_000) })) };
      expect(() => mergeGroups(long, 'g1', 'g2')).toThrow(/too long/);
    });

    it('keeps two notes of emoji together when the join is within the limit as a person counts it', () => {
      // 👍🏽 is one character and four UTF-16 units: 2 × 4,000 of them are 8,002 characters with the blank line.
      const r = discussed();
      const emoji = { ...r, notes: r.notes.map((n) => ({ ...n, notes: '👍🏽'.repeat(4_000) })) };
      const next = mergeGroups(emoji, 'g1', 'g2');
      expect(next.notes).toEqual([{ targetId: 'g2', notes: `${'👍🏽'.repeat(4_000)}\n\n${'👍🏽'.repeat(4_000)}` }]);
    });
  });
});
