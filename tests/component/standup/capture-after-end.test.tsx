import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { manualEvents } from '../room/fake-room';
import { boardTeam, seedWith } from './seed';

/**
 * A standup running on this screen, with a capture dialog open and words typed into it, that another window (a
 * second browser window, the desktop app) ends meanwhile: the host tells this one.
 */
async function typingWhenEnded(key: string, dialogName: string, words: string) {
  const user = userEvent.setup({ delay: null });
  const events = manualEvents();
  const doc = boardTeam();
  const backend = await renderApp('standup', seedWith(doc), { events: events.source });
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await user.click(screen.getByRole('button', { name: 'Start standup' }));
  await screen.findByRole('heading', { level: 3, name: 'Ada' });
  await user.keyboard(key);
  const dialog = await screen.findByRole('dialog', { name: dialogName });
  const field = within(dialog).getAllByRole('textbox')[0]!;
  await user.type(field, words);
  const standupId = (await backend.api.getTeam({ teamId: doc.id })).standups[0]!.id;
  await backend.api.controlStandup({ teamId: doc.id, standupId, action: { kind: 'end' } });
  events.emit({ type: 'team-changed', teamId: doc.id });
  // The standup is over on this screen too: its summary took the timer's place.
  await screen.findByRole('region', { name: 'Last standup summary', hidden: true });
  return { user, doc, backend, dialog, field };
}

describe('a capture dialog open when another window ends the standup', { timeout: 30_000 }, () => {
  it('keeps a blocker typed, says the standup ended, and still raises it for the team', async () => {
    const { user, doc, backend, field } = await typingWhenEnded('b', 'Add a blocker', 'Waiting on the DNS team');
    const dialog = screen.getByRole('dialog', { name: 'Add a blocker' });
    expect(field).toHaveValue('Waiting on the DNS team');
    expect(within(dialog).getByText(/The standup has ended on another screen/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add blocker' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const kept = await backend.api.getTeam({ teamId: doc.id });
    expect(kept.blockers.map((b) => [b.text, b.resolvedAt])).toEqual([['Waiting on the DNS team', null]]);
    const open = await screen.findByRole('region', { name: 'Open blockers (1)' });
    expect(within(open).getByText('Waiting on the DNS team')).toBeInTheDocument();
    // The focus is not dropped to the page: the summary that took the controls' place has it.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Last standup summary' })).toHaveFocus());
  });

  it('keeps a topic typed, and parks it', async () => {
    const { user, doc, backend } = await typingWhenEnded('l', 'Park a topic', 'Vault upgrade plan');
    const dialog = screen.getByRole('dialog', { name: 'Park a topic' });
    expect(within(dialog).getByText(/The standup has ended on another screen/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Park topic' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const kept = await backend.api.getTeam({ teamId: doc.id });
    expect(kept.parkingLot.map((p) => p.text)).toEqual(['Vault upgrade plan']);
  });

  it('keeps a note typed, says it can no longer be saved, and offers to copy it', async () => {
    const { user, field } = await typingWhenEnded('u', 'Note an update', 'Cert rotation done in staging');
    const dialog = screen.getByRole('dialog', { name: 'Note an update' });
    expect(field).toHaveValue('Cert rotation done in staging');
    expect(within(dialog).getByText(/The standup has ended on another screen/)).toBeInTheDocument();
    // Save note could only be refused now.
    expect(within(dialog).queryByRole('button', { name: 'Save note' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Copy note' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('Cert rotation done in staging');
    expect(await screen.findByText('Copied the note.')).toBeInTheDocument();
    // Copied, it is safe: Close goes without asking.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('asks before the note is dropped when it was not copied', async () => {
    const { user, field } = await typingWhenEnded('u', 'Note an update', 'Cert rotation done in staging');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the note?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Discard/ })).not.toBeInTheDocument());
    expect(field).toHaveValue('Cert rotation done in staging');
  });
});

describe('a note saved after another window ended the standup, the word of it not arrived', { timeout: 30_000 }, () => {
  it('is refused, the screen catches up, and the dialog offers to copy the note it kept', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc), { events: manualEvents().source });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    await user.keyboard('u');
    const dialog = await screen.findByRole('dialog', { name: 'Note an update' });
    await user.type(within(dialog).getByRole('textbox'), 'Cert rotation done in staging');
    const standupId = (await backend.api.getTeam({ teamId: doc.id })).standups[0]!.id;
    await backend.api.controlStandup({ teamId: doc.id, standupId, action: { kind: 'end' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save note' }));
    expect(await within(dialog).findByRole('button', { name: 'Copy note' })).toBeInTheDocument();
    expect(within(dialog).getByText(/The standup has ended on another screen/)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox')).toHaveValue('Cert rotation done in staging');
  });
});

describe('another dialog of the running standup when another window ends it', { timeout: 30_000 }, () => {
  it('keeps a note being corrected, says it can no longer be changed, and offers to copy it', async () => {
    const user = userEvent.setup({ delay: null });
    const events = manualEvents();
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc), { events: events.source });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    const standupId = (await backend.api.getTeam({ teamId: doc.id })).standups[0]!.id;
    await backend.api.addStandupNote({ teamId: doc.id, standupId, text: 'Cert rotaton done' });
    events.emit({ type: 'team-changed', teamId: doc.id });
    await user.click(await screen.findByRole('button', { name: 'Edit note: Ada: Cert rotaton done' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit note' });
    const field = within(dialog).getByRole('textbox');
    await user.clear(field);
    await user.type(field, 'Cert rotation done in staging');

    await backend.api.controlStandup({ teamId: doc.id, standupId, action: { kind: 'end' } });
    events.emit({ type: 'team-changed', teamId: doc.id });
    await screen.findByRole('region', { name: 'Last standup summary', hidden: true });
    expect(screen.getByRole('dialog', { name: 'Edit note' })).toBe(dialog);
    expect(field).toHaveValue('Cert rotation done in staging');
    expect(within(dialog).getByText(/The standup has ended on another screen/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Save note' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Copy note' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('Cert rotation done in staging');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('keeps an interrupt being logged, and logs it', async () => {
    const user = userEvent.setup({ delay: null });
    const events = manualEvents();
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc), { events: events.source });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    await user.keyboard('i');
    const dialog = await screen.findByRole('dialog', { name: 'Log interrupt' });
    await user.type(within(dialog).getByRole('textbox', { name: 'What came in' }), 'Disk full on db-3');
    await user.type(within(dialog).getByRole('textbox', { name: 'Hours' }), '2');
    const standupId = (await backend.api.getTeam({ teamId: doc.id })).standups[0]!.id;
    await backend.api.controlStandup({ teamId: doc.id, standupId, action: { kind: 'end' } });
    events.emit({ type: 'team-changed', teamId: doc.id });
    await screen.findByRole('region', { name: 'Last standup summary', hidden: true });
    expect(within(dialog).getByRole('textbox', { name: 'What came in' })).toHaveValue('Disk full on db-3');
    await user.click(within(dialog).getByRole('button', { name: 'Log interrupt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const items = (await backend.api.getTeam({ teamId: doc.id })).items;
    expect(items.find((i) => i.title === 'Disk full on db-3')?.unplanned).toBe(true);
  });
});
