import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { item, sprint } from '../../helpers/fixtures';
import { renderApp } from '../render-app';
import { manualEvents } from '../room/fake-room';
import { boardTeam, seedWith } from './seed';

/**
 * Log interrupt opened from the Board tab, with an interrupt typed into it, while another window (a second browser
 * window, the desktop app) closes the sprint: the host tells this one.
 */
async function typingWhenClosed(options: { nextSprint?: boolean } = {}) {
  const user = userEvent.setup({ delay: null });
  const events = manualEvents();
  const doc = boardTeam();
  if (options.nextSprint) {
    const next = sprint({ name: 'Sprint 8', startDate: '2026-12-07', endDate: '2026-12-18' });
    doc.sprints.push(next);
    doc.items.push(item('Rotate the TLS certs', { sprintId: next.id, points: 2 }));
  }
  const backend = await renderApp('standup', seedWith(doc), { events: events.source });
  await user.click(await screen.findByRole('button', { name: /Log interrupt/ }, { timeout: 10_000 }));
  const dialog = await screen.findByRole('dialog', { name: 'Log interrupt' });
  await user.type(within(dialog).getByRole('textbox', { name: 'What came in' }), 'Disk full on db-3');
  await user.type(within(dialog).getByRole('textbox', { name: 'Hours' }), '2');
  const closed = doc.sprints[0]!.id;
  await backend.api.closeSprint({ teamId: doc.id, sprintId: closed, incompleteTo: 'backlog' });
  if (options.nextSprint) await backend.api.startSprint({ teamId: doc.id, sprintId: doc.sprints[1]!.id });
  events.emit({ type: 'team-changed', teamId: doc.id });
  return { user, doc, backend };
}

describe('Log interrupt open on the Board tab when another window closes the sprint', { timeout: 30_000 }, () => {
  it('keeps the dialog and the words, says the sprint was closed, and offers to copy the interrupt', async () => {
    const { user } = await typingWhenClosed();
    // The board behind it has gone: no sprint is active.
    await screen.findByRole('heading', { name: 'No active sprint', hidden: true });
    const dialog = screen.getByRole('dialog', { name: 'Log interrupt' });
    expect(within(dialog).getByRole('textbox', { name: 'What came in' })).toHaveValue('Disk full on db-3');
    expect(within(dialog).getByText(/Sprint 7 was closed on another screen/)).toBeInTheDocument();
    // Logging it could only be refused now.
    expect(within(dialog).queryByRole('button', { name: 'Log interrupt' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Copy interrupt' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Disk full on db-3');
    expect(copied).toContain('2 h');
    expect(await screen.findByText('Copied the interrupt.')).toBeInTheDocument();
    // Copied, it is safe: Close goes without asking.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The focus is not dropped to the page with the board's Log interrupt: the next step takes it.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Go to Planning' })).toHaveFocus());
  });

  it('logs it in the sprint started since, and says so before it does', async () => {
    const { user, doc, backend } = await typingWhenClosed({ nextSprint: true });
    const dialog = screen.getByRole('dialog', { name: 'Log interrupt' });
    expect(await within(dialog).findByText(/Sprint 7 was closed on another screen/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Sprint 8/)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'What came in' })).toHaveValue('Disk full on db-3');
    await user.click(within(dialog).getByRole('button', { name: 'Log interrupt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const saved = await backend.api.getTeam({ teamId: doc.id });
    const logged = saved.items.find((i) => i.title === 'Disk full on db-3');
    expect(logged?.sprintId).toBe(doc.sprints[1]!.id);
  });
});
