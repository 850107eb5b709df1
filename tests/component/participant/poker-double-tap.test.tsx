import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PokerFocus } from '../../../src/domain/room/protocol';
import { fakeRoom, joinedAs, view } from './fake-room';

let room = fakeRoom();
afterEach(() => room.unmount());

function poker(patch: Partial<PokerFocus> = {}): PokerFocus {
  return {
    kind: 'poker',
    round: { id: 'round-1', number: 1, state: 'voting' },
    item: { title: 'Rotate the TLS certificates', description: '', acceptanceCriteria: [], points: null },
    deck: [
      { label: '3', name: '3' },
      { label: '5', name: '5' },
    ],
    myVote: null,
    voted: 4,
    voters: 6,
    revealed: null,
    ...patch,
  };
}

async function inPoker(focus: PokerFocus) {
  joinedAs();
  room = fakeRoom();
  room.mount();
  room.socket().open();
  room.socket().receive(view(focus));
  await screen.findByRole('heading', { name: 'Rotate the TLS certificates' });
  return room.socket();
}

function votesSent(socket: ReturnType<typeof room.socket>) {
  return socket.sent.filter((message) => message.type === 'vote').map((message) => message.card);
}

describe('a poker card tapped twice on a phone', () => {
  it('keeps the vote after a quick double tap on a card', async () => {
    const socket = await inPoker(poker());
    const user = userEvent.setup();
    await user.dblClick(screen.getByRole('button', { name: '5' }));
    expect(votesSent(socket)).not.toContain(null);
    expect(screen.getByRole('button', { name: '5', pressed: true })).toBeInTheDocument();
    expect(screen.getByText('Your vote: 5 (hidden until reveal)')).toBeInTheDocument();
  });

  it('does nothing when the card already voted is tapped again', async () => {
    const socket = await inPoker(poker({ myVote: '5', voted: 5 }));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '5', pressed: true }));
    expect(votesSent(socket)).toEqual([]);
    expect(screen.getByText('Your vote: 5 (hidden until reveal)')).toBeInTheDocument();
  });

  it('takes the vote back only with its own button, and keeps the focus on the deck', async () => {
    const socket = await inPoker(poker({ myVote: '5', voted: 5 }));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Take back my vote' }));
    expect(socket.last()).toMatchObject({ type: 'vote', roundId: 'round-1', card: null });
    expect(screen.getByText('You have not voted yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take back my vote' })).toBeNull();
    expect(screen.getByRole('button', { name: '5', pressed: false })).toHaveFocus();
    socket.receive({ type: 'ack', ref: socket.last().ref });
    socket.receive(view(poker({ myVote: null, voted: 4 })));
    expect(await screen.findByText('4 of 6 have voted')).toBeInTheDocument();
  });

  it('has no take-back button before a vote', async () => {
    await inPoker(poker());
    expect(screen.queryByRole('button', { name: 'Take back my vote' })).toBeNull();
  });
});
