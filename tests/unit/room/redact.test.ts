import { describe, expect, it } from 'vitest';
import {
  cardsHidden,
  exportableRetro,
  leftOutOfExport,
  screenRetro,
  screenRound,
} from '../../../src/domain/room/redact';
import { retroToJson, parseRetroExport } from '../../../src/domain/retro/export/json';
import type { EstimationRound } from '../../../src/domain/planning/estimation';
import { RetroSchema, type Retro } from '../../../src/domain/retro/schema';

const retro = (phase: string, revealed: boolean): Retro =>
  ({
    id: 'r1',
    kind: 'retro',
    title: 'Sprint 9 retro',
    sprintId: null,
    templateName: 'Ops retro',
    columns: [{ id: 'alerts', title: 'Alerts', prompt: '' }],
    phase,
    participants: 0,
    checkIn: { mode: 'none', question: '' },
    revealed,
    votingClosed: false,
    cards: [
      {
        id: 'c1',
        columnId: 'alerts',
        text: 'Disk alerts are noise',
        authorId: 'ana',
        groupId: null,
        createdAt: '2026-12-01T09:00:00.000Z',
      },
    ],
    groups: [],
    votes: [],
    notes: [],
    actions: [],
    timers: {},
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
  }) as unknown as Retro;

/** A retro in its vote: Ana (2) and a guest (1) dotted from their phones; Cy's dot was entered on the screen. */
const phoneDotted = (): Retro => ({
  ...retro('vote', true),
  deviceVoters: ['ana'],
  votes: [
    { voterId: 'ana', targetId: 'c1', count: 2 },
    { voterId: 'guest-priya', targetId: 'c1', count: 1 },
    { voterId: 'cy', targetId: 'c1', count: 1 },
  ],
});

describe('what the shared screen and exports may hold', () => {
  it('hides cards while people write, until they are revealed or the retro moves on', () => {
    expect(cardsHidden(retro('write', false))).toBe(true);
    expect(cardsHidden(retro('checkin', false))).toBe(true);
    expect(cardsHidden(retro('write', true))).toBe(false);
    expect(cardsHidden(retro('group', false))).toBe(false);
  });

  it('the screen gets a hidden card without its text or author, and the whole card once revealed', () => {
    const [hidden] = screenRetro(retro('write', false)).cards;
    expect(hidden).toEqual({
      id: 'c1',
      columnId: 'alerts',
      text: '',
      groupId: null,
      createdAt: '2026-12-01T09:00:00.000Z',
    });
    expect(screenRetro(retro('write', true)).cards[0]?.text).toBe('Disk alerts are noise');
  });

  it('an export leaves hidden cards out, so it never holds a placeholder and still re-imports', () => {
    const json = retroToJson(
      exportableRetro(screenRetro(retro('write', false))),
      null,
      '2026-12-01T10:00:00.000Z',
      String,
    );
    expect(json).not.toContain('"text": ""');
    expect(parseRetroExport(json).ok).toBe(true);
    expect(exportableRetro(retro('group', false)).cards).toHaveLength(1);
  });

  /** An export of the screen's copy, read back through the import's own parser. */
  const exportAndParse = (screen: Retro) => {
    const parsed = parseRetroExport(retroToJson(exportableRetro(screen), null, '2026-12-01T10:00:00.000Z', String));
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.value.retro;
  };

  it('an export made while dots placed on phones are secret re-imports, holding only the dots the room saw', () => {
    const dotted = phoneDotted();
    const screen = screenRetro(dotted);
    expect(exportAndParse(screen).votes).toEqual([{ voterId: 'cy', targetId: 'c1', count: 1 }]);
    // Even handed the stored retro, an export never says where a secret dot went.
    expect(exportableRetro(dotted).votes).toEqual([{ voterId: 'cy', targetId: 'c1', count: 1 }]);
    expect(leftOutOfExport(screen)).toMatch(/dots placed on phones/i);
    expect(exportAndParse(screenRetro({ ...dotted, votingClosed: true })).votes).toEqual(dotted.votes);
    expect(leftOutOfExport(screenRetro({ ...dotted, votingClosed: true }))).toBeNull();
  });

  it('an export made after going back to Write re-imports, with nothing left pointing at the hidden cards', () => {
    const discussed = retro('discuss', false);
    const grouped: Retro = {
      ...discussed,
      cards: [
        { ...discussed.cards[0]!, groupId: 'g1' },
        { ...discussed.cards[0]!, id: 'c2', text: 'CPU alert flaps', groupId: 'g1' },
        { ...discussed.cards[0]!, id: 'c3', text: 'DNS ate two days' },
      ],
      groups: [{ id: 'g1', title: 'Noisy alerts' }],
      votes: [
        { voterId: 'ana', targetId: 'g1', count: 2 },
        { voterId: 'bo', targetId: 'c3', count: 1 },
      ],
      notes: [{ targetId: 'g1', notes: 'Page on rate of change only.' }],
      timers: { 'topic:g1': { durationMs: 300_000, startedAt: null, elapsedMs: 0 } },
      actions: [
        {
          id: 'a1',
          text: 'Tune disk alerts',
          ownerId: 'ana',
          dueDate: null,
          type: 'prevent',
          ticketKey: '',
          sourceId: 'c2',
          status: 'open',
          reviews: [],
          createdAt: '2026-12-01T09:30:00.000Z',
        },
      ],
    };
    const back = exportAndParse(screenRetro({ ...grouped, phase: 'write' }));
    expect(back).toMatchObject({ cards: [], groups: [], votes: [], notes: [], timers: {} });
    expect(back.actions.map((a) => [a.text, a.sourceId])).toEqual([['Tune disk alerts', null]]);
    expect(leftOutOfExport(screenRetro({ ...grouped, phase: 'write' }))).toMatch(/cards are hidden/i);
    // Once the cards show, everything stays, links included.
    expect(exportAndParse(screenRetro(grouped))).toEqual(RetroSchema.parse(grouped));
    expect(leftOutOfExport(screenRetro(grouped))).toBeNull();
  });

  it('dots from a device stay hidden while voting is open, in or out of the room; dots entered on the screen show', () => {
    const dotted = phoneDotted();
    // Nobody is in the room now (the default): Ana was removed, or the room closed, or Cadence restarted.
    expect(screenRetro(dotted).votes).toEqual([
      { voterId: 'cy', targetId: 'c1', count: 1 },
      { voterId: 'ana', targetId: 'hidden', count: 2 },
      { voterId: 'guest-priya', targetId: 'hidden', count: 1 },
    ]);
    expect(screenRetro({ ...dotted, votingClosed: true }).votes).toEqual(dotted.votes);
  });

  it('an unrevealed poker vote shows who voted, not what', () => {
    const round = {
      id: 'p1',
      itemId: 'i1',
      number: 1,
      state: 'voting',
      votes: [{ memberId: 'ana', card: '21', value: 21 }],
    } as EstimationRound;
    expect(screenRound(round).votes).toEqual([{ memberId: 'ana', card: 'hidden', value: null }]);
    expect(screenRound({ ...round, state: 'revealed' }).votes[0]?.card).toBe('21');
  });
});
