import { screen } from '@testing-library/dom';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../../src/domain/room/protocol';
import { fakeRoom, joinedAs, LOBBY, view } from './fake-room';

let room = fakeRoom();
afterEach(() => room.unmount());

/** axe-core on jsdom: everything but what needs layout (contrast and target size are checked in e2e). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function roomShowing(message: ServerMessage, heading: string) {
  joinedAs();
  room = fakeRoom();
  room.mount();
  room.socket().open();
  room.socket().receive(message);
  await screen.findByRole('heading', { name: heading });
}

describe('the participant page has no axe violations', () => {
  it('on the code form with an error', async () => {
    room = fakeRoom();
    room.mount();
    (await screen.findByRole('button', { name: 'Find the room' })).click();
    await screen.findByRole('alert');
    expect(await violations()).toEqual([]);
  });

  it('on the name list', async () => {
    room = fakeRoom({ hash: `#s=${'b'.repeat(32)}` });
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.mount();
    await screen.findByRole('button', { name: 'I am Ana' });
    expect(await violations()).toEqual([]);
  });

  it('on poker and on a retro with voting', async () => {
    await roomShowing(
      view({
        kind: 'poker',
        round: { id: 'r', number: 1, state: 'voting' },
        item: {
          title: 'Patch the kernel',
          description: 'Line one\nLine two',
          acceptanceCriteria: ['Rebooted'],
          points: null,
        },
        deck: [
          { label: '1', name: '1' },
          { label: '?', name: 'Not sure (?)' },
        ],
        myVote: '1',
        voted: 1,
        voters: 3,
        revealed: null,
      }),
      'Patch the kernel',
    );
    expect(await violations()).toEqual([]);
    room.unmount();

    await roomShowing(
      view({
        kind: 'retro',
        retroId: 'retro-1',
        title: 'Retro',
        phase: 'write',
        phaseName: 'Write',
        columns: [{ id: 'c', title: 'Start', prompt: 'What should we start?' }],
        revealed: false,
        cards: [{ id: 'k', columnId: 'c', text: 'Pairing', mine: true }],
        counts: { c: 3 },
        checkIn: null,
        voting: {
          closed: false,
          budget: 3,
          cap: 2,
          topics: [{ id: 't', title: 'Pairing', mine: 0 }],
          left: 3,
          totals: null,
        },
      }),
      'Retro',
    );
    expect(await violations()).toEqual([]);
  });

  it('on the standup and on the health check-in', async () => {
    await roomShowing(
      view({
        kind: 'standup',
        raised: [{ kind: 'topic', text: 'Pager rota' }],
        running: {
          speaker: 'Bo',
          you: { status: 'next' },
          started: { date: '2026-12-01', time: '09:00' },
          leftRunningAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      }),
      'Standup',
    );
    expect(await violations()).toEqual([]);
    room.unmount();

    await roomShowing(
      view({
        kind: 'retro',
        retroId: 'retro-2',
        title: 'Check-in retro',
        phase: 'checkin',
        phaseName: 'Check-in',
        columns: [],
        revealed: false,
        cards: [],
        counts: {},
        checkIn: { dimensions: [{ key: 'toil', label: 'Toil' }], mine: null, answers: 0 },
        voting: null,
      }),
      'Check-in retro',
    );
    expect(await violations()).toEqual([]);
  });
});
