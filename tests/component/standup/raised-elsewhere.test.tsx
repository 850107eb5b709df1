import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { fakeRoom, manualEvents } from '../room/fake-room';
import { boardTeam, seedWith } from './seed';

/**
 * A blocker or a topic a participant raises from a phone while the standup runs on the shared screen: the screen
 * is scrolled to the timer, so it says so, and shows the open blockers near the timer.
 */
async function runningStandup() {
  const user = userEvent.setup({ delay: null });
  const events = manualEvents();
  const doc = boardTeam();
  const backend = await renderApp('standup', seedWith(doc), { events: events.source });
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await user.click(screen.getByRole('button', { name: 'Start standup' }));
  await screen.findByRole('heading', { level: 3, name: 'Ada' });
  await waitFor(() => expect(screen.getByRole('region', { name: 'Ada' })).toHaveFocus());
  const standupId = (await backend.api.getTeam({ teamId: doc.id })).standups[0]!.id;
  return { user, events, doc, backend, standupId };
}

describe('a blocker or topic raised from the room during a standup', { timeout: 30_000 }, () => {
  it('is announced, and the open blockers show beside the timer, without moving the focus', async () => {
    const { user, events, doc, backend, standupId } = await runningStandup();
    const timer = screen.getByRole('region', { name: 'Ada' });
    // The room is open on the standup: the phones raise there.
    const room = await fakeRoom().open({ teamId: doc.id, focus: { kind: 'standup' } });
    events.emit({ type: 'room', room });
    await backend.api.raiseBlocker({ teamId: doc.id, text: 'VPN to the DC is down', ownerId: null, standupId });
    events.emit({ type: 'team-changed', teamId: doc.id });

    expect(await screen.findByText('A blocker came from the room: VPN to the DC is down')).toBeInTheDocument();
    const near = screen.getByRole('region', { name: 'Open blockers at a glance' });
    expect(within(near).getByText(/1 open blocker/)).toBeInTheDocument();
    expect(within(near).getByText('VPN to the DC is down')).toBeInTheDocument();
    expect(timer).toHaveFocus();

    await backend.api.addParkingTopic({ teamId: doc.id, text: 'Vault upgrade plan', stayIds: [], standupId });
    events.emit({ type: 'team-changed', teamId: doc.id });
    expect(await screen.findByText('A topic came from the room: Vault upgrade plan')).toBeInTheDocument();
    expect(timer).toHaveFocus();

    // Its button takes the focus to the panel where the blocker is owned and resolved.
    await user.click(within(near).getByRole('button', { name: 'Go to open blockers' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Open blockers (1)' })).toHaveFocus());
  });

  it('says a blocker came from another screen when no room is open on the standup', async () => {
    const { events, doc, backend, standupId } = await runningStandup();
    await backend.api.raiseBlocker({ teamId: doc.id, text: 'Change freeze from Friday', ownerId: null, standupId });
    events.emit({ type: 'team-changed', teamId: doc.id });
    expect(
      await screen.findByText('A blocker came from another screen: Change freeze from Friday'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/came from the room/)).not.toBeInTheDocument();
  });

  it('is announced on the Board tab too, while the standup runs', async () => {
    const { user, events, doc, backend, standupId } = await runningStandup();
    await user.click(screen.getByRole('tab', { name: 'Board' }));
    await backend.api.raiseBlocker({ teamId: doc.id, text: 'Bastion SSH keys expired', ownerId: null, standupId });
    events.emit({ type: 'team-changed', teamId: doc.id });
    expect(await screen.findByText('A blocker came from another screen: Bastion SSH keys expired')).toBeInTheDocument();
  });

  it('says nothing of a blocker the facilitator adds here, nor of those already open at the start', async () => {
    const user = userEvent.setup({ delay: null });
    const events = manualEvents();
    const doc = boardTeam();
    doc.blockers.push({
      id: 'b-old',
      text: 'Old change freeze',
      ownerId: null,
      raisedAt: '2026-11-20T09:00:00.000Z',
      resolvedAt: null,
      sprintId: null,
      standupId: null,
    });
    const backend = await renderApp('standup', seedWith(doc), { events: events.source });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    const near = screen.getByRole('region', { name: 'Open blockers at a glance' });
    expect(within(near).getByText(/1 open blocker/)).toBeInTheDocument();

    await user.keyboard('b');
    const dialog = await screen.findByRole('dialog', { name: 'Add a blocker' });
    await user.type(within(dialog).getAllByRole('textbox')[0]!, 'Waiting on the DNS team');
    await user.click(within(dialog).getByRole('button', { name: 'Add blocker' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    events.emit({ type: 'team-changed', teamId: doc.id });
    await waitFor(() => expect(within(near).getByText(/2 open blockers/)).toBeInTheDocument());
    expect((await backend.api.getTeam({ teamId: doc.id })).blockers).toHaveLength(2);
    expect(screen.queryByText(/came from the room/)).not.toBeInTheDocument();
  });
});
