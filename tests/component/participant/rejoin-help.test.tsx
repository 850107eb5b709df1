import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH } from '../../../src/domain/room/protocol';
import { ANA, fakeRoom, joinedAs, LOBBY } from './fake-room';

let room = fakeRoom();
afterEach(() => room.unmount());

async function typeCode(): Promise<void> {
  const heading = await screen.findByRole('heading', { name: 'Join the room' });
  await waitFor(() => expect(heading).toHaveFocus());
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Room code' }), CODE_ALPHABET.slice(0, CODE_LENGTH));
  await user.click(screen.getByRole('button', { name: 'Find the room' }));
}

describe('finding the way back into the room', () => {
  it('says why a name can be missing from the list, and who can free it', async () => {
    room = fakeRoom({ hash: `#s=${'d'.repeat(32)}` });
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.mount();
    await screen.findByRole('button', { name: 'I am Ana' });
    expect(
      screen.getByText(
        'Your name is not in the list? You may be in the room already on another device or browser: ask the facilitator to free your name.',
      ),
    ).toBeInTheDocument();
  });

  it('when the room cannot be reached, says it may have been opened again under a new QR code', async () => {
    room = fakeRoom();
    room.mount();
    await typeCode();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cannot reach the room. If the facilitator closed it or opened it again, scan the new QR code on the shared screen. Otherwise check that this phone is on the same Wi-Fi as the meeting room, then try again.',
    );
  });

  it('while the room stays out of reach, says to scan the QR code again (a room opened again has a new one)', async () => {
    joinedAs(ANA);
    room = fakeRoom();
    room.mount();
    room.socket().drop(1006);
    room.runTimers();
    room.socket().drop(1006);
    room.runTimers();
    room.socket().drop(1006);
    expect(await screen.findByRole('button', { name: 'Join again with a code' })).toBeInTheDocument();
    expect(
      screen.getByText(/join again: scan the QR code on the shared screen, or type its code\.$/),
    ).toBeInTheDocument();
  });
});
