import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { socketUrl } from '../../../renderer/participant/connection';
import { readJoined } from '../../../renderer/participant/stored';
import { ANA, fakeRoom, joinedAs, LOBBY, view } from './fake-room';

let room = fakeRoom();
afterEach(() => room.unmount());

async function inRoom() {
  joinedAs(ANA);
  room = fakeRoom();
  room.mount();
  room.socket().open();
  room.socket().receive(view({ kind: 'waiting', message: 'Waiting for the facilitator.' }));
  await screen.findByText('Waiting for the facilitator.');
  return room.socket();
}

describe('the connection to the room', () => {
  it('when the room ends the access: forgets the token, says why and offers the code again', async () => {
    const socket = await inRoom();
    socket.receive({ type: 'ended', reason: 'removed', message: 'The facilitator removed you from the room.' });
    expect(await screen.findByText('The facilitator removed you from the room.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Room code' })).toBeInTheDocument();
    expect(readJoined(window.localStorage)).toBeNull();
    expect(socket.closedByPage).toBe(true);
    room.runTimers();
    expect(room.sockets).toHaveLength(1);
  });

  it('on close code 4001 forgets the token and does not reconnect', async () => {
    const socket = await inRoom();
    socket.drop(4001);
    expect(await screen.findByText(/Your place in the room has ended/)).toBeInTheDocument();
    expect(readJoined(window.localStorage)).toBeNull();
    expect(room.timers).toHaveLength(0);
    expect(room.sockets).toHaveLength(1);
  });

  it('after a drop, says it is reconnecting and comes back as the same person with growing waits', async () => {
    const first = await inRoom();
    first.drop(1006);
    expect(await screen.findByRole('status')).toHaveTextContent('Reconnecting…');
    expect(room.timers.map((t) => t.ms)).toEqual([1000]);
    room.runTimers();
    room.socket().drop(1006);
    expect(room.timers.map((t) => t.ms)).toEqual([2000]);
    room.runTimers();

    const third = room.socket();
    expect(room.sockets).toHaveLength(3);
    expect(third.url).toBe(first.url);
    third.open();
    third.receive(view({ kind: 'waiting', message: 'Welcome back.' }));
    expect(await screen.findByText('Welcome back.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(readJoined(window.localStorage)).toEqual(ANA);
  });

  it('a message the room never answers (the Wi-Fi stopped carrying anything) is given up: it says so and reconnects', async () => {
    const socket = await inRoom();
    socket.receive(view({ kind: 'standup', raised: [] }));
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'A blocker' }), 'Waiting on the vendor');
    await user.click(screen.getByRole('button', { name: 'Raise the blocker' }));
    expect(socket.last()).toMatchObject({ type: 'blocker' });
    // No answer, and no close either: a dead Wi-Fi leaves the socket looking open for minutes.
    room.runTimers();
    expect(await screen.findByText(/The connection dropped before the room confirmed this/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Reconnecting…');
    expect(screen.getByRole('textbox', { name: 'A blocker' })).toHaveValue('Waiting on the vendor');
    expect(socket.closedByPage).toBe(true);
    room.runTimers();
    expect(room.sockets).toHaveLength(2);
  });

  it('a phone woken from sleep asks the room at once, and reconnects when a dead Wi-Fi leaves no answer', async () => {
    const socket = await inRoom();
    // Asleep, the phone missed the room moving on; its socket still looks open, but carries nothing.
    room.wake();
    expect(socket.last()).toMatchObject({ type: 'ping' });
    room.runTimers();
    expect(await screen.findByRole('status')).toHaveTextContent('Reconnecting…');
    expect(socket.closedByPage).toBe(true);
    room.runTimers();
    const again = room.socket();
    expect(room.sockets).toHaveLength(2);
    again.open();
    again.receive(view({ kind: 'standup', raised: [] }));
    expect(await screen.findByRole('heading', { name: 'Standup' })).toBeInTheDocument();
  });

  it('a phone woken from sleep keeps a connection the room answers', async () => {
    const socket = await inRoom();
    room.wake();
    socket.receive({ type: 'ack', ref: socket.last().ref });
    room.runTimers();
    expect(room.sockets).toHaveLength(1);
    expect(socket.closedByPage).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('waiting to try the room again, a phone back on its network tries at once', async () => {
    const first = await inRoom();
    first.drop(1006);
    room.runTimers();
    room.socket().drop(1006);
    expect(room.timers.map((t) => t.ms)).toEqual([2000]);
    room.wake();
    expect(room.sockets).toHaveLength(3);
    expect(room.timers).toHaveLength(0);
    room.socket().open();
    room.socket().receive(view({ kind: 'waiting', message: 'Welcome back.' }));
    expect(await screen.findByText('Welcome back.')).toBeInTheDocument();
  });

  it('when the room stays out of reach, offers to join again with a code', async () => {
    const first = await inRoom();
    first.drop(1006);
    room.runTimers();
    room.socket().drop(1006);
    room.runTimers();
    room.socket().drop(1006);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Join again with a code' }));
    expect(await screen.findByRole('textbox', { name: 'Room code' })).toBeInTheDocument();
    expect(readJoined(window.localStorage)).toBeNull();
    room.runTimers();
    expect(room.sockets).toHaveLength(3);
  });

  it('let go for another screen (close code 4002): keeps the place, waits, and takes the room back on request', async () => {
    const first = await inRoom();
    first.receive({ type: 'error', ref: null, message: 'You have the room open on more than 4 screens.' });
    first.drop(4002);
    expect(await screen.findByRole('alert')).toHaveTextContent('You have the room open on more than 4 screens.');
    expect(screen.getByRole('status')).toHaveTextContent('Open on another screen');
    // No reconnect on its own: it would push out the person's next screen in turn.
    expect(room.timers).toHaveLength(0);
    expect(room.sockets).toHaveLength(1);
    expect(readJoined(window.localStorage)).toEqual(ANA);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Use the room on this screen' }));
    expect(room.sockets).toHaveLength(2);
    const second = room.socket();
    expect(second.url).toBe(first.url);
    second.open();
    second.receive(view({ kind: 'waiting', message: 'Back on this screen.' }));
    expect(await screen.findByText('Back on this screen.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('button', { name: 'Use the room on this screen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows an error not tied to a message of this page as an alert', async () => {
    const socket = await inRoom();
    socket.receive({ type: 'error', ref: null, message: 'Too many messages: slow down.' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many messages: slow down.');
  });

  it('uses wss on an https page and the same host', () => {
    const location = { protocol: 'https:', host: 'room.example:8443', hash: '', pathname: '/', search: '' };
    expect(socketUrl(location, 'a b')).toBe('wss://room.example:8443/room/socket?t=a%20b');
  });
});

describe('a place kept from an earlier room', () => {
  it('opened with a fresh link, falls back to the names once the room turns the old token down', async () => {
    joinedAs(ANA);
    room = fakeRoom({ hash: `#s=${'c'.repeat(32)}` });
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.mount();
    room.socket().drop(4001);
    expect(await screen.findByRole('button', { name: 'I am Ana' })).toBeInTheDocument();
    expect(room.requests[0]).toEqual({ path: '/room/lobby', body: { secret: 'c'.repeat(32) } });
    expect(readJoined(window.localStorage)).toBeNull();
  });
});
