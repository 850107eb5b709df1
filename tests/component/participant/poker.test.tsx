import { screen, within } from '@testing-library/dom';
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
    item: {
      title: 'Rotate the TLS certificates',
      description: 'All edge proxies.\nBefore Friday.',
      acceptanceCriteria: ['No downtime', 'Runbook updated'],
      points: null,
    },
    deck: [
      { label: '3', name: '3' },
      { label: '5', name: '5' },
      { label: '?', name: 'Not sure (?)' },
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

describe('planning poker on a phone', () => {
  it('shows the item as text and the deck as named cards', async () => {
    await inPoker(poker());
    expect(screen.getByText(/All edge proxies\.\s+Before Friday\./)).toBeInTheDocument();
    expect(screen.getByText('Runbook updated')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Not sure (?)', pressed: false })).toBeInTheDocument();
    expect(screen.getByText('4 of 6 have voted')).toBeInTheDocument();
  });

  it('says "1 of 1 has voted" when the only voter has voted', async () => {
    await inPoker(poker({ voted: 1, voters: 1 }));
    expect(screen.getByText('1 of 1 has voted')).toBeInTheDocument();
  });

  it("writes a card's name under its face only when it says more than the face", async () => {
    await inPoker(
      poker({
        deck: [
          { label: '5', name: '5' },
          { label: '?', name: 'Not sure (?)' },
          { label: 'pass', name: 'Pass' },
        ],
      }),
    );
    expect(screen.getByRole('button', { name: 'Not sure (?)' })).toHaveTextContent('?Not sure (?)');
    expect(screen.getByRole('button', { name: 'Pass' })).toHaveTextContent(/^pass$/);
    expect(screen.getByRole('button', { name: '5' })).toHaveTextContent(/^5$/);
  });

  it('sends the vote for the round, shows the pick, and withdraws it with Take back my vote', async () => {
    const socket = await inPoker(poker());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '5' }));
    expect(socket.last()).toMatchObject({ type: 'vote', roundId: 'round-1', card: '5' });
    expect(screen.getByRole('button', { name: '5', pressed: true })).toBeInTheDocument();
    socket.receive({ type: 'ack', ref: socket.last().ref });
    socket.receive(view(poker({ myVote: '5', voted: 5 })));
    expect(await screen.findByText('Your vote: 5 (hidden until reveal)')).toBeInTheDocument();
    expect(screen.getByText('5 of 6 have voted')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Take back my vote' }));
    expect(socket.last()).toMatchObject({ type: 'vote', roundId: 'round-1', card: null });
    socket.receive({ type: 'ack', ref: socket.last().ref });
    socket.receive(view(poker({ myVote: null, voted: 4 })));
    expect(await screen.findByText('You have not voted yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '5', pressed: false })).toBeInTheDocument();
  });

  it('puts the pick back and says why when the room refuses the vote', async () => {
    const socket = await inPoker(poker({ myVote: '3' }));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '5' }));
    socket.receive({ type: 'error', ref: socket.last().ref, message: 'Voting has ended for this round.' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Voting has ended for this round.');
    expect(screen.getByRole('button', { name: '3', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '5', pressed: false })).toBeInTheDocument();
  });

  it('a new round forgets a pick the room had not yet confirmed', async () => {
    const socket = await inPoker(poker());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '5' }));
    socket.receive(view(poker({ round: { id: 'round-2', number: 2, state: 'voting' }, voted: 0 })));
    expect(await screen.findByText('Round 2: vote again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '5', pressed: false })).toBeInTheDocument();
    expect(screen.getByText('You have not voted yet.')).toBeInTheDocument();
  });

  it('shows the reveal, then a re-vote starts with no pick', async () => {
    const socket = await inPoker(poker({ myVote: '5' }));
    socket.receive(
      view(
        poker({
          myVote: '5',
          round: { id: 'round-1', number: 1, state: 'revealed' },
          revealed: {
            votes: [
              { name: 'Ana', card: '5' },
              { name: 'Bo', card: '13' },
            ],
            median: 9,
            spread: 8,
            suggested: '8',
            consensus: false,
            notCounted: null,
          },
        }),
      ),
    );
    const votes = await screen.findByRole('list', { name: 'Votes' });
    expect(
      within(votes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ana 5', 'Bo 13']);
    expect(screen.getByText('Median').nextElementSibling).toHaveTextContent('9');
    expect(screen.getByText('Suggested').nextElementSibling).toHaveTextContent('8');
    expect(screen.getByText('No consensus yet: talk it through.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '5' })).toBeNull();

    socket.receive(view(poker({ round: { id: 'round-2', number: 2, state: 'voting' }, voted: 0 })));
    expect(await screen.findByText('Round 2: vote again.')).toBeInTheDocument();
    const deck = screen.getByRole('list', { name: 'Cards' });
    expect(within(deck).queryAllByRole('button', { pressed: true })).toHaveLength(0);
    expect(screen.getByText('You have not voted yet.')).toBeInTheDocument();
  });

  it('once the re-vote is revealed, says its votes are in rather than asking for votes again', async () => {
    const socket = await inPoker(poker({ round: { id: 'round-2', number: 2, state: 'voting' }, voted: 0 }));
    expect(screen.getByText('Round 2: vote again.')).toBeInTheDocument();
    socket.receive(
      view(
        poker({
          round: { id: 'round-2', number: 2, state: 'revealed' },
          revealed: {
            votes: [{ name: 'Ana', card: '5' }],
            median: 5,
            spread: 0,
            suggested: '5',
            consensus: true,
            notCounted: null,
          },
        }),
      ),
    );
    expect(await screen.findByText('Round 2: the votes are revealed.')).toBeInTheDocument();
    expect(screen.queryByText(/vote again/)).toBeNull();
  });

  it('names the vote left out of the figures under the votes, as the shared screen does', async () => {
    const socket = await inPoker(poker({ myVote: '3' }));
    const note = 'Not counted: 1 vote (13) by a guest removed from the room.';
    socket.receive(
      view(
        poker({
          myVote: '3',
          round: { id: 'round-1', number: 1, state: 'revealed' },
          revealed: {
            votes: [{ name: 'Ana', card: '3' }],
            median: 3,
            spread: 0,
            suggested: '3',
            consensus: true,
            notCounted: note,
          },
        }),
      ),
    );
    await screen.findByRole('list', { name: 'Votes' });
    expect(screen.getByText(note)).toBeInTheDocument();
  });

  it('says the consensus as the shared screen does: a "?" is no agreement', async () => {
    const socket = await inPoker(poker({ myVote: '5' }));
    socket.receive(
      view(
        poker({
          myVote: '5',
          round: { id: 'round-1', number: 1, state: 'revealed' },
          revealed: {
            votes: [
              { name: 'Ana', card: '5' },
              { name: 'Bo', card: '?' },
            ],
            median: 5,
            spread: 0,
            suggested: '5',
            consensus: true,
            notCounted: null,
          },
        }),
      ),
    );
    await screen.findByRole('list', { name: 'Votes' });
    expect(screen.getByText('Consensus: everyone who gave points agrees.')).toBeInTheDocument();
  });
});
