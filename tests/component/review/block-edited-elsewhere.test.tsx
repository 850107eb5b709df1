import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import type { DemoBlock } from '../../../src/domain/review/schema';
import { openReview, storedBlocks } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

const notes: DemoBlock = { id: 'notes-1', kind: 'notes', markdown: 'Rollback: helm rollback api' };

/** The review open with one notes block, its editor open, and a way to change the slot as another window would. */
async function editorOpen() {
  const user = userEvent.setup();
  const opened = await openReview();
  const { backend, seeded } = opened;
  const review = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!;
  const ref = { teamId: seeded.id, reviewId: review.id, slotId: review.slots[0]!.id };
  await act(() => useAppStore.getState().saveDemoBlock(ref.reviewId, ref.slotId, notes));
  await user.click(await screen.findByRole('button', { name: /^Edit block 1/ }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Edit the block: Notes / links' }));
  const field = dialog.getByLabelText('Notes (Markdown)');
  await user.clear(field);
  await user.type(field, 'Rollback: kubectl rollout undo');
  return { ...opened, user, dialog, ref };
}

describe('saving a block editor after the block changed elsewhere', () => {
  it('refuses to replace an edit saved meanwhile in another window, and keeps both', async () => {
    const { backend, seeded, user, dialog, ref } = await editorOpen();
    await backend.api.saveDemoBlock({ ...ref, block: { ...notes, markdown: 'Rollback: see the runbook' } });

    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    expect(await dialog.findByText(/changed elsewhere/)).toBeInTheDocument();
    // What was typed is still in the form; what the other window saved is still stored.
    expect(dialog.getByLabelText('Notes (Markdown)')).toHaveValue('Rollback: kubectl rollout undo');
    expect(await storedBlocks(backend, seeded.id)).toEqual([{ ...notes, markdown: 'Rollback: see the runbook' }]);
  });

  it('refuses to add back a block removed elsewhere at the end of the slot', async () => {
    const { backend, seeded, user, dialog, ref } = await editorOpen();
    await backend.api.saveDemoBlock({ ...ref, block: { id: 'notes-2', kind: 'notes', markdown: 'Dashboards' } });
    await backend.api.removeDemoBlock({ ...ref, blockId: notes.id });

    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    expect(await dialog.findByText(/removed from the slot elsewhere/)).toBeInTheDocument();
    expect(dialog.getByLabelText('Notes (Markdown)')).toHaveValue('Rollback: kubectl rollout undo');
    expect(await storedBlocks(backend, seeded.id)).toEqual([{ id: 'notes-2', kind: 'notes', markdown: 'Dashboards' }]);
  });

  it('saves as before when nothing else changed the block', async () => {
    const { backend, seeded, user, dialog } = await editorOpen();
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await storedBlocks(backend, seeded.id)).toEqual([{ ...notes, markdown: 'Rollback: kubectl rollout undo' }]);
  });
});
