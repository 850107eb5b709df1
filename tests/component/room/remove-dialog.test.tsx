import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RoomPeople } from '../../../renderer/components/room/RoomPeople';
import { person } from './fake-room';

describe('Remove from the room: the dialog says what really happens', () => {
  it('says the whole room gets a new code and join link, and the people in stay', async () => {
    const user = userEvent.setup();
    render(<RoomPeople people={[person('p-ana', 'Ana'), person('p-bo', 'Bo')]} />);
    await user.click(screen.getByRole('button', { name: 'Remove Ana' }));
    const asked = await screen.findByRole('dialog', { name: 'Remove Ana from the room?' });
    expect(asked).toHaveTextContent(
      "Ana's device leaves the room at once. The room gets a new code and join link: anyone not in yet needs the new ones. People in the room stay.",
    );
    // It is not only Ana's link that stops working.
    expect(asked).not.toHaveTextContent('their link no longer');
    await user.click(within(asked).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  // Remove takes back what the person sent from this device that nobody has seen yet (they often took someone
  // else's name): the facilitator removing the name's real owner by mistake must know exactly what goes.
  it('names exactly what is taken back from the device, and says what they raised stays', async () => {
    const user = userEvent.setup();
    render(<RoomPeople people={[person('p-bo', 'Bo', { takesBack: { votes: 1, dots: 2, answers: 1 } })]} />);
    await user.click(screen.getByRole('button', { name: 'Remove Bo' }));
    const asked = await screen.findByRole('dialog', { name: 'Remove Bo from the room?' });
    expect(asked).toHaveTextContent(
      'Taken back, as nobody has seen them yet: 1 poker vote not yet revealed, 2 dots and 1 health check answer sent from this device. What was cast for Bo before this device joined, or on this screen, stays.',
    );
    expect(asked).toHaveTextContent(/Cards, blockers and topics they sent stay, but no longer as theirs/);
  });

  it('says when nothing sent from the device is waiting to be taken back', async () => {
    const user = userEvent.setup();
    render(
      <RoomPeople
        people={[person('p-bo', 'Bo', { takesBack: { votes: 0, dots: 1, answers: 0 } }), person('p-cy', 'Cy')]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Remove Bo' }));
    expect(await screen.findByRole('dialog', { name: 'Remove Bo from the room?' })).toHaveTextContent(
      'Taken back, as nobody has seen them yet: 1 dot sent from this device.',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Remove Cy' }));
    const asked = await screen.findByRole('dialog', { name: 'Remove Cy from the room?' });
    expect(asked).toHaveTextContent('Nothing Cy sent from this device is waiting to be taken back.');
    expect(asked).not.toHaveTextContent(/Taken back/);
  });

  it('follows a vote sent while the dialog is open: it names what Remove would take back now', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<RoomPeople people={[person('p-bo', 'Bo')]} />);
    await user.click(screen.getByRole('button', { name: 'Remove Bo' }));
    const asked = await screen.findByRole('dialog', { name: 'Remove Bo from the room?' });
    expect(asked).toHaveTextContent('Nothing Bo sent from this device is waiting to be taken back.');
    rerender(<RoomPeople people={[person('p-bo', 'Bo', { takesBack: { votes: 1, dots: 0, answers: 0 } })]} />);
    expect(screen.getByRole('dialog', { name: 'Remove Bo from the room?' })).toHaveTextContent(
      'Taken back, as nobody has seen them yet: 1 poker vote not yet revealed sent from this device.',
    );
  });
});
