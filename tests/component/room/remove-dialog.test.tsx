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

  // Remove takes back what the person sent that nobody has seen yet (they often took someone else's name): the
  // facilitator removing the name's real owner by mistake must know that person votes again.
  it('says their vote not yet revealed, dots and health answer are taken back, and what they raised stays', async () => {
    const user = userEvent.setup();
    render(<RoomPeople people={[person('p-bo', 'Bo')]} />);
    await user.click(screen.getByRole('button', { name: 'Remove Bo' }));
    const asked = await screen.findByRole('dialog', { name: 'Remove Bo from the room?' });
    expect(asked).toHaveTextContent(/poker vote not yet revealed/);
    expect(asked).toHaveTextContent(/dots while voting is open/);
    expect(asked).toHaveTextContent(/health check answer/);
    expect(asked).toHaveTextContent(/are taken back/);
    expect(asked).toHaveTextContent(/Cards, blockers and topics they sent stay, but no longer as theirs/);
  });
});
