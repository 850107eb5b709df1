import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('correcting the updates noted during a standup', { timeout: 30_000 }, () => {
  it('edits a note’s text and deletes notes, by keyboard and mouse, the focus on the note or the list’s heading', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    for (const text of ['Cert rotaton done', 'Bo is on call tonight']) {
      await user.click(screen.getByRole('button', { name: /Note update/ }));
      const dialog = await screen.findByRole('dialog', { name: 'Note an update' });
      await user.type(within(dialog).getByRole('textbox'), text);
      await user.click(within(dialog).getByRole('button', { name: 'Save note' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    }
    const noted = await screen.findByRole('region', { name: 'Updates noted' });

    // Edit by keyboard: an empty text is refused with the note form's message, the typo is corrected.
    within(noted).getByRole('button', { name: 'Edit note: Ada: Cert rotaton done' }).focus();
    await user.keyboard('{Enter}');
    const edit = await screen.findByRole('dialog', { name: 'Edit note' });
    const field = within(edit).getByRole('textbox', { name: /Update from Ada/ });
    expect(field).toHaveValue('Cert rotaton done');
    await user.clear(field);
    await user.click(within(edit).getByRole('button', { name: 'Save note' }));
    expect(await within(edit).findByText('Note cannot be empty.')).toBeInTheDocument();
    await user.type(field, 'Cert rotation done in staging');
    await user.click(within(edit).getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const edited = within(noted).getByRole('button', { name: 'Edit note: Ada: Cert rotation done in staging' });
    await waitFor(() => expect(edited).toHaveFocus());

    // Delete with the mouse, after a question; the focus goes to the list's heading.
    await user.click(within(noted).getByRole('button', { name: 'Delete note: Ada: Bo is on call tonight' }));
    const ask = await screen.findByRole('dialog', { name: 'Delete this note?' });
    await user.click(within(ask).getByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(within(noted).queryByText(/Bo is on call tonight/)).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Updates noted' })).toHaveFocus());

    // Deleting the last note by keyboard keeps the heading there for the focus.
    within(noted)
      .getByRole('button', { name: /^Delete note: Ada: Cert rotation/ })
      .focus();
    await user.keyboard('{Enter}');
    const last = await screen.findByRole('dialog', { name: 'Delete this note?' });
    within(last).getByRole('button', { name: 'Delete note' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Updates noted' })).toHaveFocus());
    expect(within(noted).queryByRole('button', { name: /^Edit note/ })).not.toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('the summary of an ended standup holds the corrected note, and offers no edit', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    await user.click(screen.getByRole('button', { name: /Note update/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Note an update' });
    await user.type(within(dialog).getByRole('textbox'), 'Cert rotaton done');
    await user.click(within(dialog).getByRole('button', { name: 'Save note' }));
    await user.click(await screen.findByRole('button', { name: 'Edit note: Ada: Cert rotaton done' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit note' });
    await user.clear(within(edit).getByRole('textbox'));
    await user.type(within(edit).getByRole('textbox'), 'Cert rotation done');
    await user.click(within(edit).getByRole('button', { name: 'Save note' }));
    await screen.findByRole('button', { name: 'Edit note: Ada: Cert rotation done' });

    await user.keyboard('n');
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    await user.keyboard('n');
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    expect(within(summary).getByText(/Cert rotation done/)).toBeInTheDocument();
    expect(screen.queryByText(/rotaton/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^(Edit|Delete) note/ })).not.toBeInTheDocument();
  });
});
