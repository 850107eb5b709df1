import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { person } from '../room/fake-room';
import { openPokerRound } from '../room/seed';

vi.setConfig({ testTimeout: 40_000 });

/**
 * When a round opens, the focus goes to the first cards the shared screen shows. A member who joined the room votes
 * on their phone and has no cards on the screen: the focus goes to the next voter's cards, not to the page.
 */
describe('planning poker: the first cards when the first member votes on a phone', () => {
  it('Re-vote puts the focus on the cards of the first member voting on the shared screen', async () => {
    const { room, seeded, user, emit } = await openPokerRound();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });
    emit({ type: 'room', room: room.join([person(seeded.members.Ana!, 'Ana')]) });
    await screen.findByText('Voting on their phone');

    await user.click(screen.getByRole('button', { name: 'Bo votes 5' }));
    await user.click(await screen.findByRole('button', { name: /^Reveal votes \(1 of/ }));
    await screen.findByRole('heading', { name: 'Results of round 1' });
    await user.click(screen.getByRole('button', { name: 'Re-vote' }));
    await screen.findByRole('heading', { name: 'Upgrade Postgres: round 2' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Bo votes 0' })).toHaveFocus());
  });
});
