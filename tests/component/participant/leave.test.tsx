import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { readJoined } from '../../../renderer/participant/stored';
import { ANA, fakeRoom, joinedAs, LOBBY, view } from './fake-room';

let room = fakeRoom();
afterEach(() => room.unmount());

const waiting = view({ kind: 'waiting', message: 'The facilitator will start soon.' });

/** In the room, as Ana: `fromLink` joined by the link's names (the page still holds its secret), else after a reload. */
async function inRoom(fromLink: boolean) {
  if (fromLink) {
    room = fakeRoom({ hash: `#s=${'b'.repeat(43)}` });
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.reply('/room/join', 200, { ok: true, value: ANA });
    room.mount();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'I am Ana' }));
  } else {
    joinedAs();
    room = fakeRoom();
    room.mount();
  }
  const socket = room.socket();
  socket.open();
  socket.receive(waiting);
  await screen.findByText('The facilitator will start soon.');
  return socket;
}

describe('leaving the room from the phone (the wrong name was picked)', () => {
  it('tells the room, forgets the place and goes back to the names of the link it came by', async () => {
    const socket = await inRoom(true);
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Leave the room' }));
    expect(socket.last()).toMatchObject({ type: 'leave' });
    socket.receive({ type: 'ack', ref: socket.last().ref });
    expect(await screen.findByRole('heading', { name: 'Join Platform Ops' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You left the room. Pick your name to join again.');
    expect(screen.getByRole('button', { name: 'I am Ana' })).toBeInTheDocument();
    expect(room.requests.at(-1)).toEqual({ path: '/room/lobby', body: { secret: 'b'.repeat(43) } });
    expect(readJoined(window.localStorage)).toBeNull();
    expect(socket.closedByPage).toBe(true);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Join Platform Ops' })).toHaveFocus());
  });

  it('without the link (the page was reloaded since), goes back to the code', async () => {
    const socket = await inRoom(false);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Leave the room' }));
    socket.receive({ type: 'ack', ref: socket.last().ref });
    expect(await screen.findByRole('heading', { name: 'Join the room' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'You left the room. To join again, type the code on the shared screen.',
    );
    expect(readJoined(window.localStorage)).toBeNull();
  });

  it('the room did not confirm: the phone stays in, says why, and keeps the focus on the button', async () => {
    const socket = await inRoom(false);
    const leave = screen.getByRole('button', { name: 'Leave the room' });
    await userEvent.setup().click(leave);
    socket.receive({ type: 'error', ref: socket.last().ref, message: 'That person is not in the room.' });
    expect(await screen.findByRole('alert')).toHaveTextContent('That person is not in the room.');
    expect(leave).toHaveFocus();
    expect(readJoined(window.localStorage)).toEqual(ANA);
  });

  // Leaving a locked room keeps the person out, and the name's owner too, until the facilitator unlocks it: said
  // before the tap, not found out on the join page after it.
  it('in a locked room, says before the tap that only the facilitator can let them back in', async () => {
    const socket = await inRoom(false);
    const leave = screen.getByRole('button', { name: 'Leave the room' });
    expect(screen.queryByText(/locked/)).toBeNull();
    socket.receive(view({ kind: 'waiting', message: 'The facilitator will start soon.' }, { locked: true }));
    expect(await screen.findByText(/The room is locked/)).toHaveTextContent(
      /ask the facilitator to unlock it to let you, or whoever the name belongs to, back in/,
    );
    // The warning is the button's description, so a screen reader hears it with the button.
    expect(leave).toHaveAccessibleDescription(/The room is locked/);
  });

  it('back at a locked room’s names, says to wait for the facilitator to unlock it rather than to pick a name', async () => {
    const socket = await inRoom(true);
    room.reply('/room/lobby', 200, { ok: true, value: { ...LOBBY, locked: true, members: [] } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Leave the room' }));
    socket.receive({ type: 'ack', ref: socket.last().ref });
    expect(await screen.findByRole('heading', { name: 'Join Platform Ops' })).toBeInTheDocument();
    expect(screen.getByRole('status')).not.toHaveTextContent('Pick your name');
    expect(screen.getByRole('status')).toHaveTextContent(/unlock/);
    expect(screen.getByRole('button', { name: 'Look for my name again' })).toBeInTheDocument();
  });

  // The facilitator's Remove dialog counts what goes; the phone says the same of its own place before the tap.
  it('says what leaving takes back from this phone: its vote not yet revealed, its dots, its answer', async () => {
    const socket = await inRoom(false);
    const leave = screen.getByRole('button', { name: 'Leave the room' });
    expect(leave).toHaveAccessibleDescription(/Nothing you sent from here is waiting to be shown/);
    socket.receive(
      view(
        { kind: 'waiting', message: 'The facilitator will start soon.' },
        { takesBack: { votes: 1, dots: 3, answers: 1 } },
      ),
    );
    await waitFor(() =>
      expect(leave).toHaveAccessibleDescription(
        /Leaving takes back what nobody has seen yet: 1 poker vote not yet revealed, 3 dots and 1 health check answer\./,
      ),
    );
    socket.receive(
      view(
        { kind: 'waiting', message: 'The facilitator will start soon.' },
        { takesBack: { votes: 0, dots: 1, answers: 0 } },
      ),
    );
    await waitFor(() => expect(leave).toHaveAccessibleDescription(/takes back what nobody has seen yet: 1 dot\./));
    expect(leave).not.toHaveAccessibleDescription(/vote/);
  });

  // On a 390 px phone the explanation and its button took a third of the screen above every ceremony: it stays one
  // short line until the person who picked the wrong name opens it.
  it('keeps the way out folded in one short line under the name until it is opened, and reached by keyboard', async () => {
    await inRoom(false);
    const leave = screen.getByRole('button', { name: 'Leave the room' });
    expect(leave).not.toBeVisible();
    expect(screen.getByText(/Leave the room to free the name/)).not.toBeVisible();
    const user = userEvent.setup();
    const opener = screen.getByText('Not Ana?');
    // A browser opens a summary on Enter as on a tap; jsdom only on the click.
    await user.click(opener);
    expect(opener).toHaveFocus();
    await waitFor(() => expect(leave).toBeVisible());
    expect(screen.getByText(/Leave the room to free the name/)).toBeVisible();
    await user.tab();
    expect(leave).toHaveFocus();
  });
});
