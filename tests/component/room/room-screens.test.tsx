import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from '../standup/seed';
import { fakeRoom, person, type FakeRoom } from './fake-room';
import { openPokerRound, openRetro } from './seed';

vi.setConfig({ testTimeout: 40_000 });

/** A room already open when the app starts (as after a reload). */
const openFor = (room: FakeRoom, teamId: string) =>
  room.open({ teamId, focus: { kind: 'standup' } }).then(() => undefined);

const voterRow = (name: string) =>
  within(screen.getByRole('list', { name: 'Votes, hidden until reveal' }))
    .getByText(name, { selector: '.poker-voter__name' })
    .closest('li')!;

describe('the room and the team on screen', () => {
  it('fetches the team again when someone in the room changed it, once per burst', async () => {
    const { backend, seeded, emit } = await openPokerRound();
    expect(within(voterRow('Bo')).getByText('Not voted')).toBeInTheDocument();
    const round = backend.store.snapshot().teams.find((t) => t.id === seeded.teamId)!.estimationRounds[0]!;
    // Bo votes from his phone: the data changes behind the screen's back.
    await backend.api.castVote({ teamId: seeded.teamId, roundId: round.id, memberId: seeded.members.Bo!, card: '5' });
    const getTeam = vi.spyOn(backend.api, 'getTeam');

    emit({ type: 'team-changed', teamId: 'some-other-team' });
    expect(getTeam).not.toHaveBeenCalled();
    act(() => {
      for (let i = 0; i < 5; i += 1) useAppStore.getState().applyEvent({ type: 'team-changed', teamId: seeded.teamId });
    });
    await waitFor(() => expect(within(voterRow('Bo')).getByText('Voted (hidden)')).toBeInTheDocument());
    // One fetch in flight and one queued behind it, not five.
    await waitFor(() => expect(getTeam).toHaveBeenCalledTimes(2));
    await Promise.all(getTeam.mock.results.map((r) => r.value as Promise<unknown>));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(getTeam).toHaveBeenCalledTimes(2);
    expect(within(voterRow('Ana')).getByText('Not voted')).toBeInTheDocument();
  });

  it('drops a refetched team when the facilitator switched teams while it was on its way', async () => {
    const { backend, seeded, emit, user } = await openPokerRound();
    // The screen hears the room's events while a room is open.
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });
    const other = await backend.api.createTeam({ name: 'Databases' });
    let release: () => void = () => undefined;
    const realGetTeam = backend.api.getTeam;
    const getTeam = vi.spyOn(backend.api, 'getTeam');
    getTeam.mockImplementationOnce(async (input) => {
      await new Promise<void>((resolve) => (release = resolve));
      return realGetTeam(input);
    });
    emit({ type: 'team-changed', teamId: seeded.teamId });
    expect(getTeam).toHaveBeenCalledTimes(1);
    await act(() => useAppStore.getState().selectTeam(other.id));
    await act(async () => {
      release();
      await getTeam.mock.results[0]!.value;
    });
    expect(useAppStore.getState().team?.name).toBe('Databases');
  });

  it('shows "Voting on their phone" for a member who joined the room, instead of their cards', async () => {
    const { room, seeded, user, emit } = await openPokerRound();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });
    emit({ type: 'room', room: room.join([person(seeded.members.Ana!, 'Ana')]) });

    expect(within(voterRow('Ana')).getByText('Voting on their phone')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Ana votes/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Bo votes 3' })).toBeInTheDocument();
    expect(within(voterRow('Bo')).queryByText('Voting on their phone')).toBeNull();

    // Once Ana is removed, the shared screen can vote for her again.
    emit({ type: 'room', room: await room.remove(seeded.members.Ana!) });
    expect(screen.getByRole('button', { name: 'Ana votes 3' })).toBeInTheDocument();
  });

  it('lists a guest in the room among the voters, voting on their phone, and counts them for the reveal', async () => {
    const { room, seeded, user, emit } = await openPokerRound();
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    await screen.findByRole('region', { name: 'The room' });
    const members = Object.keys(seeded.members).length;
    emit({ type: 'room', room: room.join([person('guest-priya', 'Priya', { guest: true })]) });

    expect(within(voterRow('Priya (guest)')).getByText('Voting on their phone')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Priya votes/ })).toBeNull();
    expect(screen.getByRole('button', { name: new RegExp(`of ${members + 1} voted`) })).toBeInTheDocument();
  });

  it('opens the room from Standup, where phones raise blockers and park topics', async () => {
    const room = fakeRoom();
    await renderApp('standup', seedWith(boardTeam()), { room });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Invite the room' }, { timeout: 10_000 }));
    await screen.findByRole('region', { name: 'The room' });
    expect(room.calls).toEqual(['open {"address":"192.168.1.20","focus":{"kind":"standup"}}']);
  });
});

describe('hidden retro cards', () => {
  it('shows placeholders and counts while hidden, with no card text in the page and no Edit', async () => {
    const { user } = await openRetro('write', {
      cards: [
        ['alerts', 'Disk alerts are noise'],
        ['alerts', 'Pager at 3am'],
        ['stories', 'AC were vague'],
      ],
    });
    const alerts = await screen.findByRole('region', { name: /^Alerts/ });
    expect(within(alerts).getByRole('heading', { name: 'Alerts (2)' })).toBeInTheDocument();
    const placeholders = within(alerts).getAllByRole('article', { name: 'Hidden card' });
    expect(placeholders).toHaveLength(2);
    expect(placeholders[0]).toHaveTextContent('Hidden card · Alerts');
    for (const text of ['Disk alerts are noise', 'Pager at 3am', 'AC were vague']) {
      expect(document.body.textContent).not.toContain(text);
    }
    expect(screen.queryByRole('button', { name: /Edit/ })).toBeNull();
    expect(within(alerts).getAllByRole('button', { name: /^Delete hidden card [12] in Alerts$/ })).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Reveal cards' }));
    expect(await screen.findByRole('article', { name: 'Disk alerts are noise' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit card “AC were vague”' })).toBeInTheDocument();
  });

  it('does not offer a member who writes on their phone as a card author', async () => {
    const room = fakeRoom();
    const { members, emit } = await openRetro('write', { room, before: (teamId) => openFor(room, teamId) });
    await screen.findByRole('region', { name: 'The room' });
    emit({ type: 'room', room: room.join([person(members.ana, 'Ana')]) });
    const author = screen.getByLabelText('Author for Alerts');
    expect(within(author).queryByRole('option', { name: 'Ana' })).toBeNull();
    expect(within(author).getByRole('option', { name: 'Bo' })).toBeInTheDocument();
  });
});

describe('dot voting with the room open', () => {
  it('says a member on their phone votes there, and keeps the buttons for the others', async () => {
    const room = fakeRoom();
    const { members, emit, user } = await openRetro('vote', {
      room,
      cards: [['alerts', 'Disk alerts are noise']],
      before: (teamId) => openFor(room, teamId),
    });
    await screen.findByRole('region', { name: 'The room' });
    emit({ type: 'room', room: room.join([person(members.ana, 'Ana')]) });
    const voter = screen.getByLabelText('Entering votes for');
    await user.selectOptions(voter, within(voter).getByRole('option', { name: /^Ana .*on their phone$/ }));
    expect(screen.getByText('Ana is voting on their phone.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add vote to Disk alerts are noise' })).toBeNull();
    await user.selectOptions(voter, within(voter).getByRole('option', { name: /^Bo / }));
    expect(screen.getByRole('button', { name: 'Add vote to Disk alerts are noise' })).toBeInTheDocument();
  });
});
