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
  await within(screen.getByRole('list', { name: /^Demo blocks of/ })).findByText(text);
}

async function addFeedback(user: UserEvent, ...texts: string[]) {
  for (const text of texts) {
    await user.type(screen.getByLabelText('Feedback', { exact: true }), text);
    await user.click(screen.getByRole('button', { name: 'Add feedback' }));
    await screen.findByRole('button', { name: `Remove feedback “${text}”` });
  }
}

describe('removing from a review, then Undo', () => {
  it('removes a block at once, and Undo puts it back in its place', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await addNotes(user, 'Rollback steps');
    await addNotes(user, 'Dashboard links');

    await user.click(screen.getByRole('button', { name: 'Remove block 1, Notes / links' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(async () => expect(await storedBlocks(backend, seeded.id)).toHaveLength(1));
    expect(await screen.findByText(/Removed block 1 of “Speed up CI”/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Undo remove/ }));
    await waitFor(async () => {
      const blocks = await storedBlocks(backend, seeded.id);
      expect(blocks.map((b) => (b.kind === 'notes' ? b.markdown : b.kind))).toEqual([
        'Rollback steps',
        'Dashboard links',
      ]);
    });
    const list = screen.getByRole('list', { name: 'Demo blocks of Speed up CI' });
    await within(list).findByText('Rollback steps');
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Rollback steps');
  });

  it('removes feedback at once, and Undo puts it back between the others', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await addFeedback(user, 'Cache the layers', 'Show the hit ratio', 'Docs please');

    await user.click(screen.getByRole('button', { name: 'Remove feedback “Show the hit ratio”' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Remove feedback “Show the hit ratio”' })).toBeNull(),
    );

    await user.click(await screen.findByRole('button', { name: /^Undo remove/ }));
    await screen.findByRole('button', { name: 'Remove feedback “Show the hit ratio”' });
    const stored = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!.feedback.map((f) => f.text);
    expect(stored).toEqual(['Cache the layers', 'Show the hit ratio', 'Docs please']);
  });

  it('removes a slot at once, and Undo puts it back on the agenda with its blocks', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await addNotes(user, 'Rollback steps');
    await user.type(screen.getByLabelText('Free slot title'), 'Runbook changes');
    await user.click(screen.getByRole('button', { name: 'Add free slot' }));
    await screen.findByRole('heading', { name: 'Runbook changes', level: 3 });
    await user.click(screen.getByRole('button', { name: /Speed up CI/, pressed: false }));
    await screen.findByRole('heading', { name: 'Speed up CI', level: 3 });

    await user.click(screen.getByRole('button', { name: 'Remove slot' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await screen.findByRole('heading', { name: 'Runbook changes', level: 3 });
    expect(await screen.findByText(/Removed the slot “Speed up CI”/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Undo remove/ }));
    // Back on the agenda, first, where it was; the slot shown stays the one the facilitator was on.
    await screen.findByRole('button', { name: /Speed up CI/, pressed: false });
    expect(screen.getByRole('heading', { name: 'Runbook changes', level: 3 })).toBeInTheDocument();
    const slots = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!.slots;
    expect(slots.map((s) => s.title)).toEqual(['Speed up CI', 'Runbook changes']);
    expect(slots[0]!.blocks.map((b) => (b.kind === 'notes' ? b.markdown : b.kind))).toEqual(['Rollback steps']);
  });
});
