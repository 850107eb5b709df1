import { describe, expect, it } from 'vitest';
import { cardsHidden, exportableRetro, screenRetro, screenRound } from '../../../src/domain/room/redact';
import { retroToJson, parseRetroExport } from '../../../src/domain/retro/export/json';
import type { EstimationRound } from '../../../src/domain/planning/estimation';
import type { Retro } from '../../../src/domain/retro/schema';

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

  it('dots from a device stay hidden while voting is open, in or out of the room; dots entered on the screen show', () => {
    const dotted = {
      ...retro('vote', true),
      deviceVoters: ['ana'],
      votes: [
        { voterId: 'ana', targetId: 'c1', count: 2 },
        { voterId: 'guest-priya', targetId: 'c1', count: 1 },
        { voterId: 'cy', targetId: 'c1', count: 1 },
      ],
    };
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
