import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openBlockEditor, openReview, storedBlocks } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

async function addNotes(user: UserEvent, text: string) {
  const dialog = await openBlockEditor(user, 'Notes / links');
  await user.click(dialog.getByLabelText('Notes (Markdown)'));
  await user.paste(text);
  await user.click(dialog.getByRole('button', { name: 'Save block' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await within(blockList()).findByText(text);
}

const blockList = () => screen.getByRole('list', { name: 'Demo blocks of Speed up CI' });

describe('removing a demo block', () => {
  it('asks first, as removing a slot does: Cancel keeps the prepared block, and the focus stays in the slot', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await addNotes(user, 'Rollback steps for the cache');
    await addNotes(user, 'Dashboard links');

    await user.click(screen.getByRole('button', { name: 'Remove block 1, Notes / links' }));
    const ask = await screen.findByRole('dialog', { name: /Remove block 1/ });
    expect(ask).toHaveTextContent('Notes / links');
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await storedBlocks(backend, seeded.id)).length).toBe(2);
    expect(within(blockList()).getByText('Rollback steps for the cache')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove block 1, Notes / links' }));
    const again = await screen.findByRole('dialog', { name: /Remove block 1/ });
    await user.click(within(again).getByRole('button', { name: 'Remove block' }));
    await waitFor(async () => {
      const blocks = await storedBlocks(backend, seeded.id);
      expect(blocks.map((b) => (b.kind === 'notes' ? b.markdown : b.kind))).toEqual(['Dashboard links']);
    });
    await waitFor(() => expect(within(blockList()).queryByText('Rollback steps for the cache')).toBeNull());
    // The block that took its place is next, not the page.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit block 1, Notes / links' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Remove block 1, Notes / links' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove block' }));
    await waitFor(async () => expect(await storedBlocks(backend, seeded.id)).toEqual([]));
    // No block left: the focus goes to where the next one is added.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add block' })).toHaveFocus());
  });
});
