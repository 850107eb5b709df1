import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openBlockEditor, openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('Undo of a slot removal after its item got a slot again', () => {
  it('shows one slot for the item, holding the blocks that were removed, and says where they went', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const dialog = await openBlockEditor(user, 'Notes / links');
    await user.click(dialog.getByLabelText('Notes (Markdown)'));
    await user.paste('Rollback steps');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Remove slot' }));
    await screen.findByText(/Removed the slot “Speed up CI”/);
    await user.click(await screen.findByRole('button', { name: 'Add a slot for 1 completed item' }));
    await screen.findByRole('heading', { name: 'Speed up CI', level: 3 });
    await user.click(screen.getByRole('button', { name: /^Undo remove/ }));

    expect(await screen.findByText(/Restored the slot “Speed up CI” into the slot its item got since/)).toBeVisible();
    const agenda = screen.getByRole('list', { name: 'Demo agenda in running order' });
    await waitFor(() => expect(within(agenda).getAllByRole('listitem')).toHaveLength(1));
    expect(within(agenda).getByRole('listitem')).toHaveTextContent('Speed up CI');
    expect(within(agenda).getByRole('listitem')).toHaveTextContent('1 block');
    await within(screen.getByRole('list', { name: 'Demo blocks of Speed up CI' })).findByText('Rollback steps');
    const stored = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!.slots;
    expect(stored).toHaveLength(1);
  });
});
