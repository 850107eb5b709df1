import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openBlockEditor, openReview, storedBlocks } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/**
 * A demo block's form with typed but unsaved text (a CLI walkthrough, notes) is not thrown away without a word:
 * Escape, Cancel and a switch of screen first ask "Discard your changes to …?", Keep editing or Discard changes.
 */
const noQuestion = () => expect(screen.queryByRole('dialog', { name: /Discard your changes/ })).toBeNull();

describe('a demo block form with unsaved changes', () => {
  it('asks on Escape and Cancel; Keep editing keeps the text and the focus, Discard changes closes', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const dialog = await openBlockEditor(user, 'CLI walkthrough');
    const command = dialog.getByLabelText('Command 1');
    await user.type(command, 'kubectl get pods');

    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new CLI walkthrough block?' });
    expect(within(ask).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    noQuestion();
    expect(command).toHaveValue('kubectl get pods');
    await waitFor(() => expect(command).toHaveFocus());

    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    const again = await screen.findByRole('dialog', { name: /Discard your changes/ });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await storedBlocks(backend, seeded.id)).toEqual([]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add block' })).toHaveFocus());
  });

  it('closes at once when nothing was typed', async () => {
    const user = userEvent.setup();
    await openReview();
    await openBlockEditor(user, 'Notes / links');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('asks before the screen changes, and stays on the review when kept', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'Notes / links');
    await user.type(dialog.getByLabelText('Notes (Markdown)'), 'Runbook updated');

    act(() => useAppStore.getState().navigate('backlog'));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new Notes / links block?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(useAppStore.getState().screen).toBe('review');
    expect(dialog.getByLabelText('Notes (Markdown)')).toHaveValue('Runbook updated');

    act(() => useAppStore.getState().navigate('backlog'));
    const again = await screen.findByRole('dialog', { name: /Discard your changes/ });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('backlog'));
  });
});
