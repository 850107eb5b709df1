import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PokerFocus, RetroFocus } from '../../../src/domain/room/protocol';
import { fakeRoom, joinedAs, view } from './fake-room';

let room = fakeRoom();
afterEach(() => {
  room.unmount();
  window.localStorage.clear();
});

const RETRO: RetroFocus = {
  kind: 'retro',
  retroId: 'retro-1',
  title: 'Sprint 12 retro',
  phase: 'write',
  phaseName: 'Write',
  columns: [{ id: 'well', title: 'Went well', prompt: '' }],
  revealed: false,
  cards: [],
  counts: {},
  checkIn: null,
  voting: null,
};

const POKER: PokerFocus = {
  kind: 'poker',
  round: { id: 'round-1', number: 1, state: 'voting' },
  item: { title: 'Rotate the TLS certificates', description: '', acceptanceCriteria: [], points: null },
  deck: [{ label: '3', name: '3' }],
  myVote: null,
  voted: 0,
  voters: 3,
  revealed: null,
};

async function inRetro() {
  joinedAs();
  room = fakeRoom();
  room.mount();
  room.socket().open();
  room.socket().receive(view(RETRO));
  await screen.findByRole('heading', { name: 'Sprint 12 retro' });
  return room.socket();
}

describe('the focus when the facilitator moves the room on', () => {
  it('goes to what the phone shows now, not to the page, when the control the person was on goes', async () => {
    const socket = await inRetro();
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Your card for Went well' }));

    socket.receive(view(POKER));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Rotate the TLS certificates' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: '3' }));
    socket.receive(
      view({ kind: 'waiting', message: 'You are in. What the facilitator starts next will appear here.' }),
    );
    await waitFor(() =>
      expect(screen.getByText('You are in. What the facilitator starts next will appear here.')).toHaveFocus(),
    );
  });

  it('stays where it is when the control the person is on is still there', async () => {
    const socket = await inRetro();
    const user = userEvent.setup();
    const draft = screen.getByRole('textbox', { name: 'Your card for Went well' });
    await user.click(draft);
    socket.receive(view({ ...RETRO, counts: { well: 3 } }));
    await screen.findByText('3 cards in the room');
    expect(draft).toHaveFocus();
  });
});
