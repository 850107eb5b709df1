import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { manualEvents } from '../room/fake-room';
import { boardTeam, seedWith } from './seed';

/**
 * One team's standup on two screens (two browser-mode windows, a desktop window and a phone's room): the host tells
 * this one what the other did; when that word did not arrive (the feed was reconnecting), the refusal of this
 * screen's next action brings it up to date, so it does not go on showing a standup that is over.
 */
async function twoWindows() {
  const user = userEvent.setup({ delay: null });
  const events = manualEvents();
  const doc = boardTeam();
  const backend = await renderApp('standup', seedWith(doc), { events: events.source });
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  const standupId = async () => (await backend.api.getTeam({ teamId: doc.id })).standups[0]!.id;
  return { user, events, doc, backend, standupId };
}

describe('a standup driven from another window', { timeout: 30_000 }, () => {
  it('shows the standup the other window started, its next speaker, and its summary once it ends there', async () => {
    const { events, doc, backend, standupId } = await twoWindows();
    await backend.api.startStandup({ teamId: doc.id, absentIds: [] });
    events.emit({ type: 'team-changed', teamId: doc.id });
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    const id = await standupId();
    await backend.api.controlStandup({ teamId: doc.id, standupId: id, action: { kind: 'next' } });
    events.emit({ type: 'team-changed', teamId: doc.id });
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    await backend.api.controlStandup({ teamId: doc.id, standupId: id, action: { kind: 'end' } });
    events.emit({ type: 'team-changed', teamId: doc.id });
    expect(await screen.findByRole('region', { name: 'Last standup summary' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Next speaker/ })).not.toBeInTheDocument();
  });

  it('shows the summary, and puts the focus on it, when Next is refused because the other window ended it', async () => {
    const { user, doc, backend, standupId } = await twoWindows();
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    // Ended there; the word of it never reached this window.
    await backend.api.controlStandup({ teamId: doc.id, standupId: await standupId(), action: { kind: 'end' } });
    await user.keyboard('n');
    expect(await screen.findByText('This standup has already ended.')).toBeInTheDocument();
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    expect(screen.queryByRole('button', { name: /^Next speaker/ })).not.toBeInTheDocument();
    await waitFor(() => expect(summary).toHaveFocus());
  });

  it('shows the running standup when Start standup is refused because the other window started one', async () => {
    const { user, doc, backend } = await twoWindows();
    await backend.api.startStandup({ teamId: doc.id, absentIds: [] });
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    // The running standup takes the start form's place, and the person is told why.
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    expect(screen.getByRole('button', { name: /^Next speaker/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start standup' })).not.toBeInTheDocument();
    expect(await screen.findByText(/already running, started on another screen/)).toBeInTheDocument();
    // The focus went from the start form to the timer, as after a start here, not to the page.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Ada' })).toHaveFocus());
  });
});
