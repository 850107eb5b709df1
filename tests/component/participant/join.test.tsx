import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH } from '../../../src/domain/room/protocol';
import { readJoined } from '../../../renderer/participant/stored';
import { ANA, fakeRoom, joinedAs, LOBBY, view } from './fake-room';

let room = fakeRoom();
afterEach(() => room.unmount());

const typedCode = CODE_ALPHABET.slice(0, CODE_LENGTH).toLowerCase();
const code = typedCode.toUpperCase();

/**
 * The room code's box, once the screen has settled: it focuses its heading just after it appears, and
 * keys typed before that would go to the heading (a person sees the screen before typing).
 */
async function codeInput(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: 'Join the room' });
  await waitFor(() => expect(heading).toHaveFocus());
  return screen.getByRole('textbox', { name: 'Room code' });
}

describe('joining the room', () => {
  it('by code: looks up the room, offers the names, joins as the picked person and keeps the token', async () => {
    room = fakeRoom();
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.reply('/room/join', 200, { ok: true, value: ANA });
    room.mount();
    const user = userEvent.setup();

    await user.type(await codeInput(), ` ${typedCode.slice(0, 3)}-${typedCode.slice(3)}`);
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    expect(await screen.findByRole('heading', { name: 'Join Platform Ops' })).toBeInTheDocument();
    expect(room.requests[0]).toEqual({ path: '/room/lobby', body: { code } });

    await user.click(screen.getByRole('button', { name: 'I am Ana' }));
    await screen.findByText('Joining the room…');
    expect(room.requests[1]).toEqual({ path: '/room/join', body: { code, memberId: 'm-ana' } });
    expect(readJoined(window.localStorage)).toEqual(ANA);
    expect(room.socket().url).toBe(`ws://room.test:48213/room/socket?t=${ANA.token}`);

    room.socket().open();
    room.socket().receive(view({ kind: 'waiting', message: 'Waiting for the facilitator to start.' }));
    expect(await screen.findByText('Waiting for the facilitator to start.')).toBeInTheDocument();
    expect(screen.getByText('Ana')).toBeInTheDocument();
  });

  it('by link: reads the secret from the fragment and takes it out of the address bar', async () => {
    const secret = 'a'.repeat(32);
    room = fakeRoom({ hash: `#s=${secret}` });
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.mount();
    expect(await screen.findByRole('button', { name: 'I am Bo' })).toBeInTheDocument();
    expect(room.requests[0]).toEqual({ path: '/room/lobby', body: { secret } });
    expect(room.urls).toEqual(['/j']);
  });

  it("shows the server's reason when the room refuses, and keeps the code typed", async () => {
    room = fakeRoom();
    room.reply('/room/lobby', 423, { ok: false, error: { code: 'locked', message: 'The room is locked.' } });
    room.mount();
    const user = userEvent.setup();
    const input = await codeInput();
    await user.type(input, typedCode);
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The room is locked.');
    expect(input).toHaveValue(typedCode);
    expect(input).toHaveAccessibleDescription(expect.stringContaining('The room is locked.'));
  });

  it('says when a name was taken on another device and still offers the names', async () => {
    room = fakeRoom();
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.reply('/room/join', 409, {
      ok: false,
      error: { code: 'taken', message: 'Ana has already joined on another device.' },
    });
    room.mount();
    const user = userEvent.setup();
    await user.type(await codeInput(), typedCode);
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    await user.click(await screen.findByRole('button', { name: 'I am Ana' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ana has already joined on another device.');
    expect(screen.getByRole('button', { name: 'I am Bo' })).toBeInTheDocument();
    expect(readJoined(window.localStorage)).toBeNull();
    expect(room.sockets).toHaveLength(0);
  });

  it('a name taken by this phone’s other tab (a QR code scanned twice): goes in as that place', async () => {
    room = fakeRoom();
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.reply('/room/join', 409, {
      ok: false,
      error: {
        code: 'conflict',
        message: 'Ana is already in the room on another device. Ask the facilitator to free the name.',
      },
    });
    room.mount();
    const user = userEvent.setup();
    await user.type(await codeInput(), typedCode);
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    const ana = await screen.findByRole('button', { name: 'I am Ana' });
    // The other tab, on the names too, joined first: its place is kept in this browser.
    const place = { ...ANA, personId: 'm-ana' };
    joinedAs(place);
    await user.click(ana);
    await screen.findByText('Connecting…');
    expect(room.socket().url).toBe(`ws://room.test:48213/room/socket?t=${place.token}`);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(readJoined(window.localStorage)).toEqual(place);
  });

  it('a guest name taken by this phone’s other tab (a QR code scanned twice): goes in as that place', async () => {
    room = fakeRoom({ hash: `#s=${'e'.repeat(43)}` });
    room.reply('/room/lobby', 200, { ok: true, value: { ...LOBBY, guestsAllowed: true } });
    room.reply('/room/join', 409, {
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Someone called Priya is already in the room. If that is you on another device, ask the facilitator to free the name; otherwise add your initial.',
      },
    });
    room.mount();
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    // The other tab joined as this guest first: its place is kept in this browser.
    const place = { token: 'token-guest-0123456789', personId: 'guest-priya', name: 'Priya' };
    joinedAs(place);
    await user.type(name, ' priya ');
    await user.click(screen.getByRole('button', { name: 'Join as a guest' }));
    await screen.findByText('Connecting…');
    expect(room.socket().url).toBe(`ws://room.test:48213/room/socket?t=${place.token}`);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(readJoined(window.localStorage)).toEqual(place);
  });

  it('a guest name taken by someone else: says so, even with another place kept in this browser', async () => {
    room = fakeRoom({ hash: `#s=${'e'.repeat(43)}` });
    room.reply('/room/lobby', 200, { ok: true, value: { ...LOBBY, guestsAllowed: true } });
    room.reply('/room/join', 409, {
      ok: false,
      error: { code: 'conflict', message: 'Someone called Sam is already in the room.' },
    });
    room.mount();
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    joinedAs({ token: 'token-guest-0123456789', personId: 'guest-priya', name: 'Priya' });
    await user.type(name, 'Sam');
    await user.click(screen.getByRole('button', { name: 'Join as a guest' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone called Sam is already in the room.');
    expect(room.sockets).toHaveLength(0);
  });

  it('a name taken off the team since the list was shown: says so, and shows the names the room has now', async () => {
    room = fakeRoom();
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.reply('/room/join', 404, {
      ok: false,
      error: { code: 'not_found', message: 'That name is not in this team.' },
    });
    room.reply('/room/lobby', 200, { ok: true, value: { ...LOBBY, members: [{ id: 'm-bo', name: 'Bo' }] } });
    room.mount();
    const user = userEvent.setup();
    await user.type(await codeInput(), typedCode);
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    await user.click(await screen.findByRole('button', { name: 'I am Ana' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That name is not in this team.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'I am Ana' })).toBeNull());
    expect(screen.getByRole('button', { name: 'I am Bo' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('That name is not in this team.');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Join Platform Ops' })).toHaveFocus());
  });

  it('a name the facilitator freed after the list was shown: the phone looks again and offers it', async () => {
    room = fakeRoom();
    // Ana's first try reached the room, but its answer was lost on the Wi-Fi: her name is taken, by herself.
    room.reply('/room/lobby', 200, { ok: true, value: { ...LOBBY, members: [{ id: 'm-bo', name: 'Bo' }] } });
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.mount();
    const user = userEvent.setup();
    await user.type(await codeInput(), typedCode);
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    await screen.findByRole('button', { name: 'I am Bo' });
    expect(screen.queryByRole('button', { name: 'I am Ana' })).toBeNull();
    // The names step gives its heading the focus once it has appeared (an effect after the paint), before a tap.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Join Platform Ops' })).toHaveFocus());
    // The facilitator frees the name on the shared screen.
    const again = screen.getByRole('button', { name: 'Look for my name again' });
    await user.click(again);
    expect(await screen.findByRole('button', { name: 'I am Ana' })).toBeInTheDocument();
    expect(room.requests.map((r) => r.path)).toEqual(['/room/lobby', '/room/lobby']);
    expect(again).toHaveFocus();
    // The Wi-Fi drops on the next look: the names stay, with the reason.
    await user.click(again);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Cannot reach the room/);
    expect(screen.getByRole('button', { name: 'I am Ana' })).toBeInTheDocument();
  });

  it('the code changed while the names were shown (New code, a Remove): back to the code, saying so', async () => {
    room = fakeRoom();
    const wrongCode = { code: 'unauthorized', message: 'That code is not right. Check the code on the shared screen.' };
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.reply('/room/join', 403, { ok: false, error: wrongCode });
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.mount();
    const user = userEvent.setup();
    await user.type(await codeInput(), typedCode);
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    await user.click(await screen.findByRole('button', { name: 'I am Ana' }));
    // Tapping a name again with the old code would only count as another wrong code, and change the code again.
    const input = await codeInput();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The room code has changed since you typed it. Type the code on the shared screen now.',
    );
    expect(input).toHaveAccessibleDescription(expect.stringContaining('The room code has changed'));
    const newCode = CODE_ALPHABET.slice(6, 6 + CODE_LENGTH);
    await user.type(input, newCode);
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    expect(await screen.findByRole('button', { name: 'I am Ana' })).toBeInTheDocument();
    expect(room.requests.at(-1)).toEqual({ path: '/room/lobby', body: { code: newCode } });
  });

  it('the link changed while the names were shown: Look for my name again says to scan the new QR code', async () => {
    room = fakeRoom({ hash: `#s=${'a'.repeat(43)}` });
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.reply('/room/lobby', 403, {
      ok: false,
      error: { code: 'unauthorized', message: 'This link no longer works. Scan the code on the shared screen again.' },
    });
    room.mount();
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'I am Ana' });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Join Platform Ops' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Look for my name again' }));
    await codeInput();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The join link has changed since you opened it. Scan the QR code on the shared screen again, or type the room code.',
    );
  });

  it('the code changed while a guest typed their name: after the new code, the name field holds it again', async () => {
    room = fakeRoom();
    const guests = { ...LOBBY, guestsAllowed: true };
    const wrongCode = { code: 'unauthorized', message: 'That code is not right. Check the code on the shared screen.' };
    room.reply('/room/lobby', 200, { ok: true, value: guests });
    room.reply('/room/join', 403, { ok: false, error: wrongCode });
    room.reply('/room/lobby', 200, { ok: true, value: guests });
    room.mount();
    const user = userEvent.setup();
    await user.type(await codeInput(), typedCode);
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    const names = await screen.findByRole('heading', { name: 'Join Platform Ops' });
    await waitFor(() => expect(names).toHaveFocus());
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Priya Raman');
    await user.click(screen.getByRole('button', { name: 'Join as a guest' }));

    const input = await codeInput();
    expect(screen.getByRole('alert')).toHaveTextContent('The room code has changed since you typed it.');
    await user.type(input, CODE_ALPHABET.slice(6, 6 + CODE_LENGTH));
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    expect(await screen.findByRole('textbox', { name: 'Your name' })).toHaveValue('Priya Raman');
  });

  it('asks for the whole code before asking the room', async () => {
    room = fakeRoom();
    room.mount();
    const user = userEvent.setup();
    await user.type(await codeInput(), 'AB');
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`The room code has ${CODE_LENGTH} characters`);
    expect(room.requests).toHaveLength(0);
  });

  it('as a guest by name, only where the facilitator allows guests; a blank name is not sent', async () => {
    room = fakeRoom({ hash: `#s=${'b'.repeat(32)}` });
    room.reply('/room/lobby', 200, { ok: true, value: { ...LOBBY, guestsAllowed: true } });
    room.reply('/room/join', 200, {
      ok: true,
      value: { token: 'token-guest-0123456789', personId: 'guest-1', name: 'Priya' },
    });
    room.mount();
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    await user.click(screen.getByRole('button', { name: 'Join as a guest' }));
    expect(await screen.findByText('Type your name first.')).toBeInTheDocument();
    expect(room.requests).toHaveLength(1);
    await user.type(name, 'Priya');
    await user.click(screen.getByRole('button', { name: 'Join as a guest' }));
    await screen.findByText('Joining the room…');
    expect(room.requests[1]).toEqual({ path: '/room/join', body: { secret: 'b'.repeat(32), guestName: 'Priya' } });
  });

  it('a guest name made only of invisible characters is not sent: it asks for a name, at its field', async () => {
    room = fakeRoom({ hash: `#s=${'b'.repeat(43)}` });
    room.reply('/room/lobby', 200, { ok: true, value: { ...LOBBY, guestsAllowed: true } });
    room.mount();
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    await user.type(name, '\u200b\u2060\u00ad');
    await user.click(screen.getByRole('button', { name: 'Join as a guest' }));
    expect(await screen.findByText('Type your name first.')).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription('Type your name first.');
    expect(name).toHaveFocus();
    expect(room.requests.map((r) => r.path)).toEqual(['/room/lobby']);
  });

  it('a link opened while the room is locked says so, and joins by that link once it is unlocked', async () => {
    const secret = 'd'.repeat(43);
    room = fakeRoom({ hash: `#s=${secret}` });
    room.reply('/room/lobby', 200, { ok: true, value: { ...LOBBY, members: [], locked: true } });
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.reply('/room/join', 200, { ok: true, value: ANA });
    room.mount();
    const user = userEvent.setup();
    expect(await screen.findByText(/The room is locked: nobody new can join/)).toBeInTheDocument();
    expect(room.urls).toEqual(['/j']);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Join Platform Ops' })).toHaveFocus());
    // The facilitator unlocks the room.
    await user.click(screen.getByRole('button', { name: 'Look for my name again' }));
    await user.click(await screen.findByRole('button', { name: 'I am Ana' }));
    await screen.findByText('Joining the room…');
    expect(room.requests.at(-1)).toEqual({ path: '/room/join', body: { secret, memberId: 'm-ana' } });
  });

  it('ties a refused guest name to its field, and keeps the focus there', async () => {
    room = fakeRoom({ hash: `#s=${'b'.repeat(32)}` });
    room.reply('/room/lobby', 200, { ok: true, value: { ...LOBBY, guestsAllowed: true } });
    room.reply('/room/join', 409, {
      ok: false,
      error: { code: 'taken', message: 'That name belongs to a team member: pick it from the list.' },
    });
    room.mount();
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    await user.click(screen.getByRole('button', { name: 'Join as a guest' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Type your name first.');
    expect(name).toHaveFocus();

    await user.type(name, 'Ana');
    await user.keyboard('{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('That name belongs to a team member: pick it from the list.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('That name belongs to a team member: pick it from the list.');
    expect(name).toHaveFocus();
    expect(name).toHaveValue('Ana');
  });

  it('offers no guest form where guests are not allowed', async () => {
    room = fakeRoom({ hash: `#s=${'c'.repeat(32)}` });
    room.reply('/room/lobby', 200, { ok: true, value: LOBBY });
    room.mount();
    await screen.findByRole('button', { name: 'I am Ana' });
    expect(screen.queryByRole('button', { name: 'Join as a guest' })).toBeNull();
  });

  it('after a reload, goes straight back in as the same person', async () => {
    joinedAs(ANA);
    room = fakeRoom();
    room.mount();
    room.socket().open();
    room.socket().receive(view({ kind: 'waiting', message: 'Back in.' }));
    expect(await screen.findByText('Back in.')).toBeInTheDocument();
    expect(room.socket().url).toContain(`t=${ANA.token}`);
    expect(room.requests).toHaveLength(0);
  });
});
