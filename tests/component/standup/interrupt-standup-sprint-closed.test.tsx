import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { manualEvents } from '../room/fake-room';
import { boardTeam, seedWith } from './seed';

describe('Log interrupt open in a running standup when another window closes the sprint', { timeout: 30_000 }, () => {
  it('closes onto the capture bar the standup goes on with, not the page', async () => {
    const user = userEvent.setup({ delay: null });
    const events = manualEvents();
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc), { events: events.source });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    await user.click(screen.getByRole('button', { name: /^Log interrupt/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Log interrupt' });
    await user.type(within(dialog).getByRole('textbox', { name: 'What came in' }), 'Disk full on db-3');

    await backend.api.closeSprint({ teamId: doc.id, sprintId: doc.sprints[0]!.id, incompleteTo: 'backlog' });
    events.emit({ type: 'team-changed', teamId: doc.id });
    expect(await within(dialog).findByText(/Sprint 7 was closed on another screen/)).toBeInTheDocument();
    // The standup's own Log interrupt went with the sprint.
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Log interrupt/, hidden: true })).toBeNull());

    await user.click(within(dialog).getByRole('button', { name: 'Copy interrupt' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The standup runs on: the capture bar's control beside the one that went takes the focus.
    const bar = screen.getByRole('group', { name: 'Capture during standup' });
    await waitFor(() => expect(within(bar).getByRole('button', { name: /^Park topic/ })).toHaveFocus());
  });
});
