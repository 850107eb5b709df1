import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { fakeRoom, person } from './fake-room';
import { openPokerRound, openRetro } from './seed';

vi.setConfig({ testTimeout: 40_000 });

const roomRegion = () => screen.getByRole('region', { name: 'The room' });

describe('Invite the room', () => {
  it('opens the room on the poker tab with the poker focus and shows how to join', async () => {
    const { room, user } = await openPokerRound();
    expect(screen.queryByRole('region', { name: 'The room' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));

    const panel = await screen.findByRole('region', { name: 'The room' });
    expect(room.calls).toEqual(['open {"address":"192.168.1.20","focus":{"kind":"poker"}}']);
    // The keyboard follows: the panel's heading has the focus.
    expect(within(panel).getByRole('heading', { name: 'The room' })).toHaveFocus();
    const qr = within(panel).getByRole('img', { name: 'QR code to join the room' });
    expect(qr.getAttribute('src')).toBe(`data:image/svg+xml;utf8,${encodeURIComponent(room.current!.qrSvg)}`);
    const join = within(panel).getByRole('group', { name: 'How to join' });
    expect(within(join).getByText('http://192.168.1.20:48213')).toBeInTheDocument();
    expect(within(join).getByRole('link', { name: 'http://192.168.1.20:48213/j' })).toHaveAttribute(
      'href',
      'http://192.168.1.20:48213/j#s=secret-1',
    );
    expect(within(join).getByText('KM7 Q2X')).toBeInTheDocument();
    expect(within(panel).getByText('0 people in the room')).toBeInTheDocument();
    expect(within(panel).getByRole('note')).toHaveTextContent(
      'Plain HTTP: people on the same network could read what is sent. Use it on a network you trust.',
    );
    const help = within(panel).getByText('Phones cannot connect?').closest('details')!;
    expect(help).toHaveTextContent(/firewall on this computer blocks port 48213/i);
    expect(help).toHaveTextContent(/client isolation/i);
    expect(help).toHaveTextContent(/mobile data/i);
    expect(help).toHaveTextContent(/ping 192\.168\.1\.20/);
  });

  it('lets the facilitator pick the network when the computer has several', async () => {
    const room = fakeRoom({
      addresses: [
        { address: '192.168.1.20', label: 'wlan0' },
        { address: '10.0.0.5', label: 'eth0' },
      ],
    });
    const { user } = await openPokerRound(room);
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite the room' });
    expect(room.calls).toEqual([]);
    await user.selectOptions(within(dialog).getByLabelText('Network'), 'eth0: 10.0.0.5');
    await user.click(within(dialog).getByRole('button', { name: 'Open the room' }));
    await screen.findByRole('region', { name: 'The room' });
    expect(room.calls).toEqual(['open {"address":"10.0.0.5","focus":{"kind":"poker"}}']);
    expect(
      within(screen.getByRole('group', { name: 'How to join' })).getByText('http://10.0.0.5:48213'),
    ).toBeInTheDocument();
  });

  it('shows who is in and how far they are as the room reports it', async () => {
    const { room, user, emit } = await openPokerRound();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });

    emit({
      type: 'room',
      room: {
        ...room.current!,
        people: [
          person('p1', 'Ana', { done: true }),
          person('p2', 'Bo', { done: true, connected: false }),
          person('p3', 'Cy'),
        ],
        progress: { done: 2, total: 3, label: '2 of 3 have voted' },
      },
    });
    const panel = roomRegion();
    const progress = within(panel).getByText('2 of 3 have voted');
    expect(progress).toHaveAttribute('aria-live', 'polite');
    expect(within(panel).getByText('3 people in the room')).toBeInTheDocument();
    const rows = within(within(panel).getByRole('list', { name: 'People in the room' })).getAllByRole('listitem');
    const row = (name: string) => rows.find((r) => within(r).queryByText(name))!;
    expect(within(row('Ana')).getByRole('img', { name: 'done' })).toBeInTheDocument();
    expect(within(row('Bo')).getByRole('img', { name: 'done' })).toBeInTheDocument();
    expect(within(row('Bo')).getByText('away')).toBeInTheDocument();
    expect(within(row('Cy')).queryByRole('img', { name: 'done' })).toBeNull();
    expect(within(row('Cy')).queryByText('away')).toBeNull();

    // With people in, the QR code folds into a strip, so the round stays above the fold; the join
    // address and code stay on it, and the QR code comes back with one button.
    expect(within(panel).queryByRole('img', { name: 'QR code to join the room' })).toBeNull();
    expect(within(panel).getByText(/Join at/)).toHaveTextContent(/http:\/\/.+\/j with the code/);
    const toggle = within(panel).getByRole('button', { name: 'Show QR code' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(within(panel).getByRole('img', { name: 'QR code to join the room' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Hide QR code' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens with the retro focus on the retro runner, and a room open before a reload shows at once', async () => {
    const room = fakeRoom();
    const { user, retroId } = await openRetro('write', {
      room,
      // Opened before the app started: the screen learns of it from getRoom.
      before: (teamId) => room.open({ teamId, focus: { kind: 'poker' } }).then(() => undefined),
    });
    await screen.findByRole('region', { name: 'The room' });
    room.calls.length = 0;
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await waitFor(() => expect(room.calls).toEqual([`focus {"kind":"retro","retroId":"${retroId}"}`]));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'The room' })).toHaveFocus());
  });

  it('says what the phones show when the facilitator is on another screen, until the room is brought here', async () => {
    const room = fakeRoom();
    const { user, emit } = await openPokerRound(room, (seeded) =>
      room.open({ teamId: seeded.teamId, focus: { kind: 'standup' } }).then(() => undefined),
    );
    const panel = await screen.findByRole('region', { name: 'The room' });
    expect(within(panel).getByRole('status')).toHaveTextContent(
      'Phones show the standup, not this screen. Invite the room to bring them here.',
    );

    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await waitFor(() => expect(within(roomRegion()).getByRole('status')).toHaveTextContent(''));
    // Moved on from another screen (the facilitator's other tab): said again.
    emit({ type: 'room', room: { ...room.current!, focus: { kind: 'none' } } });
    expect(within(roomRegion()).getByRole('status')).toHaveTextContent(
      'Phones show nothing, not this screen. Invite the room to bring them here.',
    );
  });
});

describe('the room controls', () => {
  it('Remove asks first, and removes only once confirmed', async () => {
    const { room, user, emit } = await openPokerRound();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });
    emit({ type: 'room', room: room.join([person('p1', 'Ana'), person('p2', 'Bo')]) });

    await user.click(within(roomRegion()).getByRole('button', { name: 'Remove Ana' }));
    let dialog = await screen.findByRole('dialog', { name: 'Remove Ana from the room?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(room.calls).not.toContain('remove p1');

    await user.click(within(roomRegion()).getByRole('button', { name: 'Remove Ana' }));
    dialog = await screen.findByRole('dialog', { name: 'Remove Ana from the room?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove Ana' }));
    await waitFor(() => expect(within(roomRegion()).queryByText('Ana')).toBeNull());
    expect(room.calls).toContain('remove p1');
    expect(within(roomRegion()).getByText('1 person in the room')).toBeInTheDocument();
  });

  it('locks and unlocks, lets guests in, gives a new code, and closes, returning the focus to Invite', async () => {
    const { room, user } = await openPokerRound();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });

    await user.click(within(roomRegion()).getByRole('button', { name: 'Lock room' }));
    await within(roomRegion()).findByRole('button', { name: 'Unlock room' });
    expect(within(roomRegion()).getByText('Locked: no one new can join.')).toBeInTheDocument();
    await user.click(within(roomRegion()).getByRole('button', { name: 'Unlock room' }));
    await within(roomRegion()).findByRole('button', { name: 'Lock room' });
    expect(room.calls.slice(1, 3)).toEqual(['lock true', 'lock false']);

    const guests = within(roomRegion()).getByRole('checkbox', { name: 'Let guests join by name' });
    expect(guests).not.toBeChecked();
    await user.click(guests);
    await waitFor(() => expect(guests).toBeChecked());
    expect(room.calls.at(-1)).toBe('allowGuests true');

    await user.click(within(roomRegion()).getByRole('button', { name: 'New code' }));
    await within(roomRegion()).findByText('PR3 W9T');
    expect(within(roomRegion()).queryByText('KM7 Q2X')).toBeNull();
    expect(within(roomRegion()).getByRole('link', { name: /48213\/j/ })).toHaveAttribute(
      'href',
      'http://192.168.1.20:48213/j#s=secret-2',
    );

    await user.click(within(roomRegion()).getByRole('button', { name: 'Close room' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'The room' })).toBeNull());
    expect(room.calls.at(-1)).toBe('close');
    expect(room.current).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Invite the room' })).toHaveFocus());
  });

  it('Close room asks first while people are in, naming how many are connected, and closes only once confirmed', async () => {
    const { room, user, emit } = await openPokerRound();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });
    emit({
      type: 'room',
      room: room.join([person('p1', 'Ana'), person('p2', 'Bo'), person('p3', 'Cy', { connected: false })]),
    });

    const close = within(roomRegion()).getByRole('button', { name: 'Close room' });
    await user.click(close);
    let dialog = await screen.findByRole('dialog', { name: 'Close the room?' });
    expect(dialog).toHaveTextContent(
      '2 people are connected, 1 person is away. Closing the room disconnects every phone at once, even in the middle of a vote, and its code and link stop working.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(room.calls).not.toContain('close');
    await waitFor(() => expect(close).toHaveFocus());

    await user.click(close);
    dialog = await screen.findByRole('dialog', { name: 'Close the room?' });
    await user.click(within(dialog).getByRole('button', { name: 'Close room' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'The room' })).toBeNull());
    expect(room.calls.at(-1)).toBe('close');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Invite the room' })).toHaveFocus());
  });

  it('Close room with a guest in says their vote in a round still voting will not count once the room opens again', async () => {
    const { room, user, emit } = await openPokerRound();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });
    emit({ type: 'room', room: room.join([person('p1', 'Ana'), person('guest-1', 'Priya', { guest: true })]) });

    await user.click(within(roomRegion()).getByRole('button', { name: 'Close room' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close the room?' });
    expect(dialog).toHaveTextContent(
      'A room opened again starts empty: guests join it as new guests, and their votes in a round still voting no longer count, so they vote again.',
    );
  });

  it('shows the guests box ticked at once, and puts it back with the reason when the room refuses', async () => {
    const { user } = await openPokerRound();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });
    // The room answers late, then refuses.
    let refuse: (error: Error) => void = () => undefined;
    useAppStore.setState({
      allowRoomGuests: () =>
        new Promise<void>((_resolve, reject) => {
          refuse = reject;
        }),
    });
    const guests = within(roomRegion()).getByRole('checkbox', { name: 'Let guests join by name' });
    await user.click(guests);
    expect(guests).toBeChecked();
    act(() => refuse(new Error('The room could not change who may join.')));
    expect(await screen.findByText('The room could not change who may join.')).toBeInTheDocument();
    expect(guests).not.toBeChecked();
  });

  it('keeps the keyboard on Invite when the room closes on its own while the focus is in its panel', async () => {
    const { user, emit } = await openPokerRound();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });
    // The facilitator's last click was in the panel; the room then closes itself (4 hours idle, another window).
    await user.click(within(roomRegion()).getByRole('button', { name: 'New code' }));
    expect(within(roomRegion()).getByRole('button', { name: 'New code' })).toHaveFocus();
    emit({ type: 'room', room: null });
    expect(screen.queryByRole('region', { name: 'The room' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Invite the room' })).toHaveFocus());
  });

  it('closes the panel when the host says the room closed', async () => {
    const { user, emit } = await openPokerRound();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });
    emit({ type: 'room', room: null });
    expect(screen.queryByRole('region', { name: 'The room' })).toBeNull();
  });
});
