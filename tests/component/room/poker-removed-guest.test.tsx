import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RoomPeople } from '../../../renderer/components/room/RoomPeople';
import { PokerResults } from '../../../renderer/screens/planning/PokerResults';
import type { EstimationRound } from '../../../src/domain/planning/estimation';
import { member } from '../../helpers/fixtures';
import { person } from './fake-room';

const ana = member('Ana');

/** Ana voted 3 on the screen; the guest Priya voted 13 from her phone, then the facilitator removed her from the room. */
const round: EstimationRound = {
  id: 'round-1',
  itemId: 'item-1',
  number: 1,
  state: 'revealed',
  votes: [
    { memberId: ana.id, card: '3', value: 3 },
    { memberId: 'guest-priya', card: '13', value: 13 },
  ],
  // The room took Priya off the round's guests when she was removed.
  guests: [],
  startedAt: '2026-12-01T09:00:00.000Z',
  revealedAt: '2026-12-01T09:05:00.000Z',
  acceptedPoints: null,
  closedAt: null,
  scale: 'fibonacci',
};

describe('poker results on the shared screen: a guest removed from the room', () => {
  it('leaves their vote out of the figures and says it was a removed guest’s, as the phones do', () => {
    render(<PokerResults round={round} members={[ana]} scale="fibonacci" onRevote={() => {}} onAccept={() => {}} />);
    const votes = within(screen.getByRole('list', { name: 'Revealed votes' })).getAllByRole('listitem');
    expect(votes.map((li) => li.textContent)).toEqual(['3Ana']);
    expect(screen.getByText('Not counted: 1 vote (13) by a guest removed from the room.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Accept 3' })).toBeInTheDocument();
  });

  it('Remove says, for a guest, that their poker vote already revealed will no longer count', async () => {
    const user = userEvent.setup();
    render(<RoomPeople people={[person('p-ana', 'Ana'), person('guest-priya', 'Priya', { guest: true })]} />);
    await user.click(screen.getByRole('button', { name: 'Remove Priya' }));
    const asked = await screen.findByRole('dialog', { name: 'Remove Priya from the room?' });
    // A vote not yet revealed is taken back, a member's as a guest's; a guest's revealed vote stops counting too.
    expect(asked).toHaveTextContent('As a guest, a vote of theirs already revealed no longer counts.');
    await user.click(within(asked).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Remove Ana' }));
    const askedForAna = await screen.findByRole('dialog', { name: 'Remove Ana from the room?' });
    expect(askedForAna).not.toHaveTextContent('already revealed no longer counts');
  });
});
