import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openBlockEditor, openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/** A second slot, "Runbook changes", added and shown; the team and its review as stored. */
async function withSecondSlot(user: ReturnType<typeof userEvent.setup>) {
  const { backend, seeded } = await openReview();
  await user.type(screen.getByLabelText('Free slot title'), 'Runbook changes');
  await user.click(screen.getByRole('button', { name: 'Add free slot' }));
  await screen.findByRole('heading', { name: 'Runbook changes', level: 3 });
  const review = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!;
  const removeElsewhere = async () => {
    await backend.api.removeDemoSlot({ teamId: seeded.id, reviewId: review.id, slotId: review.slots[1]!.id });
    await act(() => useAppStore.getState().selectTeam(seeded.id));
  };
  const storedSlots = async () => (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!.slots;
  return { removeElsewhere, storedSlots };
}

describe('a slot removed elsewhere while one of its dialogs is open', () => {
  it('a block being written is not saved into another slot: the editor says the slot is gone and keeps the text', async () => {
    const user = userEvent.setup();
    const { removeElsewhere, storedSlots } = await withSecondSlot(user);
    const dialog = await openBlockEditor(user, 'Notes / links');
    await user.type(dialog.getByLabelText('Notes (Markdown)'), 'Runbook lives in the wiki');

    await removeElsewhere();
    await user.click(dialog.getByRole('button', { name: 'Save block' }));

    expect(await dialog.findByText(/The demo slot was not found/)).toBeInTheDocument();
    expect(dialog.getByLabelText('Notes (Markdown)')).toHaveValue('Runbook lives in the wiki');
    const slots = await storedSlots();
    expect(slots.map((s) => [s.title, s.blocks.length])).toEqual([['Speed up CI', 0]]);
  });

  it('Remove slot then acts on the slot shown in its place, and its Undo puts that slot back', async () => {
    const user = userEvent.setup();
    const { removeElsewhere, storedSlots } = await withSecondSlot(user);
    await removeElsewhere();
    await screen.findByRole('heading', { name: 'Speed up CI', level: 3 });

    await user.click(screen.getByRole('button', { name: 'Remove slot' }));
    expect(await screen.findByText(/Removed the slot “Speed up CI”/)).toBeInTheDocument();
    expect(await storedSlots()).toEqual([]);
    await user.click(screen.getByRole('button', { name: /^Undo remove/ }));
    await screen.findByRole('heading', { name: 'Speed up CI', level: 3 });
    expect((await storedSlots()).map((s) => s.title)).toEqual(['Speed up CI']);
  });
});
