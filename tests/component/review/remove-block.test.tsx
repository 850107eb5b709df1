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
  it('removes at once (its message offers Undo), and the focus stays in the slot', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await addNotes(user, 'Rollback steps for the cache');
    await addNotes(user, 'Dashboard links');

    await user.click(screen.getByRole('button', { name: 'Remove block 1, Notes / links' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(async () => {
      const blocks = await storedBlocks(backend, seeded.id);
      expect(blocks.map((b) => (b.kind === 'notes' ? b.markdown : b.kind))).toEqual(['Dashboard links']);
    });
    await waitFor(() => expect(within(blockList()).queryByText('Rollback steps for the cache')).toBeNull());
    // The block that took its place is next, not the page.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit block 1, Notes / links' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Remove block 1, Notes / links' }));
    await waitFor(async () => expect(await storedBlocks(backend, seeded.id)).toEqual([]));
    // No block left: the focus goes to where the next one is added.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add block' })).toHaveFocus());
  });
});
