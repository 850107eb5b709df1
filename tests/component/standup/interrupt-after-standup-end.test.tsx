import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { manualEvents } from '../room/fake-room';
import { boardTeam, seedWith } from './seed';

describe('Log interrupt open in a running standup when another window ends the standup', { timeout: 30_000 }, () => {
  it('still logs the interrupt, and hands the focus to the summary that took the standup’s place', async () => {
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
    await user.type(within(dialog).getByRole('textbox', { name: 'Hours' }), '2');

    const standupId = (await backend.api.getTeam({ teamId: doc.id })).standups[0]!.id;
    await backend.api.controlStandup({ teamId: doc.id, standupId, action: { kind: 'end' } });
    events.emit({ type: 'team-changed', teamId: doc.id });
    await screen.findByRole('region', { name: 'Last standup summary', hidden: true });

    await user.click(within(dialog).getByRole('button', { name: 'Log interrupt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const saved = await backend.api.getTeam({ teamId: doc.id });
    expect(saved.items.some((i) => i.title === 'Disk full on db-3')).toBe(true);
    // The button that opened it went with the standup: the summary in its place takes the focus, not the page.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Last standup summary' })).toHaveFocus());
  });
});
