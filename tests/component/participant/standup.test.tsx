import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { StandupFocus } from '../../../src/domain/room/protocol';
import { fakeRoom, joinedAs, view } from './fake-room';

let room = fakeRoom();
/** The standups here started today: not left running until the team's next day, tomorrow. */
const TODAY = {
  started: { date: '2026-12-01', time: '09:00' },
  leftRunningAt: new Date(Date.now() + 86_400_000).toISOString(),
};
afterEach(() => room.unmount());

async function inStandup(
  raised: { kind: 'blocker' | 'topic'; text: string }[] = [],
  running?: StandupFocus['running'],
) {
  joinedAs();
  room = fakeRoom();
  room.mount();
  room.socket().open();
  room.socket().receive(view(running ? { kind: 'standup', raised, running } : { kind: 'standup', raised }));
  await screen.findByRole('heading', { name: 'Standup' });
  return room.socket();
}

describe('standup on a phone', () => {
  it('raises a blocker and parks a topic, and lists what the person raised', async () => {
    const socket = await inStandup();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'A blocker' }), 'Waiting on firewall change');
    await user.click(screen.getByRole('button', { name: 'Raise the blocker' }));
    expect(socket.last()).toMatchObject({ type: 'blocker', text: 'Waiting on firewall change' });
    socket.receive({ type: 'ack', ref: socket.last().ref });
    socket.receive(view({ kind: 'standup', raised: [{ kind: 'blocker', text: 'Waiting on firewall change' }] }));
    const raised = await screen.findByRole('list', { name: 'What you raised' });
    expect(within(raised).getByText('Blocker: Waiting on firewall change')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'A blocker' })).toHaveValue('');

    await user.type(screen.getByRole('textbox', { name: 'A topic for after the standup' }), 'Pager rota');
    await user.click(screen.getByRole('button', { name: 'Park the topic' }));
    expect(socket.last()).toMatchObject({ type: 'park', text: 'Pager rota' });
  });

  it('a blocker sent again after the connection dropped goes as the same send, so it is raised once', async () => {
    const socket = await inStandup();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'A blocker' }), 'Waiting on the vendor');
    await user.click(screen.getByRole('button', { name: 'Raise the blocker' }));
    const first = socket.last();
    expect(first.sendId).toEqual(expect.any(String));
    socket.drop(1006);
    await screen.findByRole('alert');
    room.runTimers();
    room.socket().open();
    room.socket().receive(view({ kind: 'standup', raised: [] }));
    await user.click(screen.getByRole('button', { name: 'Raise the blocker' }));
    expect(room.socket().last()).toMatchObject({
      type: 'blocker',
      text: 'Waiting on the vendor',
      sendId: first.sendId,
    });
  });

  it("keeps the blocker typed and shows the room's reason when it is refused", async () => {
    const socket = await inStandup();
    const user = userEvent.setup();
    const blocker = screen.getByRole('textbox', { name: 'A blocker' });
    await user.type(blocker, 'x');
    await user.click(screen.getByRole('button', { name: 'Raise the blocker' }));
    socket.receive({ type: 'error', ref: socket.last().ref, message: 'The standup has ended.' });
    expect(await screen.findByRole('alert')).toHaveTextContent('The standup has ended.');
    expect(blocker).toHaveValue('x');
  });

  it('a blocker on its way when the room moves on is not shown as not sent, and the room taking it clears it', async () => {
    const socket = await inStandup();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'A blocker' }), 'Waiting on the vendor');
    await user.click(screen.getByRole('button', { name: 'Raise the blocker' }));
    const ref = socket.last().ref;
    // The facilitator moves on while the blocker is on its way; the room then takes it.
    socket.receive(view({ kind: 'waiting', message: 'Follow the shared screen.' }));
    await screen.findByText('Follow the shared screen.');
    expect(screen.queryByRole('group', { name: 'A blocker: not sent' })).toBeNull();
    socket.receive({ type: 'ack', ref });
    socket.receive(view({ kind: 'waiting', message: 'The facilitator starts a vote soon.' }));
    await screen.findByText('The facilitator starts a vote soon.');
    expect(screen.queryByRole('group', { name: 'A blocker: not sent' })).toBeNull();
    socket.receive(view({ kind: 'standup', raised: [{ kind: 'blocker', text: 'Waiting on the vendor' }] }));
    expect(await screen.findByRole('textbox', { name: 'A blocker' })).toHaveValue('');
  });

  it('a blocker on its way when the room moves on and then refused is shown as not sent', async () => {
    const socket = await inStandup();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'A blocker' }), 'Waiting on the vendor');
    await user.click(screen.getByRole('button', { name: 'Raise the blocker' }));
    const ref = socket.last().ref;
    socket.receive(view({ kind: 'waiting', message: 'Follow the shared screen.' }));
    socket.receive({ type: 'error', ref, message: 'The standup is not open in the room any more.' });
    const unsent = await screen.findByRole('group', { name: 'A blocker: not sent' });
    expect(within(unsent).getByText('Waiting on the vendor')).toBeInTheDocument();
  });

  it('keeps a blocker typed but not raised when the room moves on, says so, and lets the person discard it', async () => {
    const socket = await inStandup();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'A blocker' }), 'Waiting on the vendor');
    socket.receive(
      view({ kind: 'waiting', message: 'You are in. What the facilitator starts next will appear here.' }),
    );

    const unsent = await screen.findByRole('group', { name: 'A blocker: not sent' });
    expect(unsent).toHaveTextContent('The standup ended before you sent this, so the room does not have it.');
    expect(within(unsent).getByText('Waiting on the vendor')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'A topic for after the standup: not sent' })).toBeNull();
    await user.click(within(unsent).getByRole('button', { name: 'Discard your unsent blocker' }));
    expect(screen.queryByRole('group', { name: 'A blocker: not sent' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Cadence room' })).toHaveFocus();

    socket.receive(view({ kind: 'standup', raised: [] }));
    expect(await screen.findByRole('textbox', { name: 'A blocker' })).toHaveValue('');
  });

  it('shows who is speaking and where the person’s own turn stands, as the shared screen moves on', async () => {
    const socket = await inStandup([], { speaker: 'Bo', you: { status: 'next' }, ...TODAY });
    const turn = screen.getByRole('region', { name: 'Speaking order' });
    expect(turn).toHaveTextContent('Speaking now: Bo');
    expect(turn).toHaveTextContent('You are next');

    socket.receive(
      view({ kind: 'standup', raised: [], running: { speaker: 'Ana', you: { status: 'speaking' }, ...TODAY } }),
    );
    await waitFor(() => expect(turn).toHaveTextContent('Your turn now'));
    // The phone does not tell its own speaker who is speaking.
    expect(turn).not.toHaveTextContent('Speaking now');

    socket.receive(
      view({ kind: 'standup', raised: [], running: { speaker: 'Cy', you: { status: 'spoken' }, ...TODAY } }),
    );
    await waitFor(() => expect(turn).toHaveTextContent('You have spoken'));
    expect(turn).toHaveTextContent('Speaking now: Cy');
    // The forms stay below it.
    expect(screen.getByRole('textbox', { name: 'A blocker' })).toBeInTheDocument();
  });

  it('counts the people before a person further down the queue, and says when they are marked absent', async () => {
    const socket = await inStandup([], { speaker: 'Bo', you: { status: 'waiting', ahead: 2 }, ...TODAY });
    const turn = screen.getByRole('region', { name: 'Speaking order' });
    expect(turn).toHaveTextContent('2 more people speak before you');
    socket.receive(
      view({
        kind: 'standup',
        raised: [],
        running: { speaker: 'Bo', you: { status: 'waiting', ahead: 1 }, ...TODAY },
      }),
    );
    await waitFor(() => expect(turn).toHaveTextContent('1 more person speaks before you'));
    socket.receive(
      view({ kind: 'standup', raised: [], running: { speaker: 'Bo', you: { status: 'absent' }, ...TODAY } }),
    );
    await waitFor(() => expect(turn).toHaveTextContent('Absent today'));
  });

  it('at the walk’s last stop says nobody is speaking; a guest sees only who speaks', async () => {
    const socket = await inStandup([], { speaker: null, you: { status: 'spoken' }, ...TODAY });
    expect(screen.getByRole('region', { name: 'Speaking order' })).toHaveTextContent(
      /Nobody is speaking: the team is going through the cards with no owner/,
    );
    socket.receive(view({ kind: 'standup', raised: [], running: { speaker: 'Bo', you: null, ...TODAY } }));
    const order = screen.getByRole('region', { name: 'Speaking order' });
    await waitFor(() => expect(order).toHaveTextContent('Speaking now: Bo'));
    expect(order).not.toHaveTextContent(/You/);
  });

  it('shows no turns before the standup starts', async () => {
    await inStandup();
    expect(screen.queryByRole('region', { name: 'Speaking order' })).toBeNull();
    expect(screen.queryByText(/Speaking now/)).toBeNull();
  });
});
