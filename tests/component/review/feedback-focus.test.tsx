import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

async function addFeedback(user: ReturnType<typeof userEvent.setup>, ...texts: string[]) {
  for (const text of texts) {
    await user.type(screen.getByLabelText('Feedback', { exact: true }), text);
    await user.click(screen.getByRole('button', { name: 'Add feedback' }));
    await screen.findByRole('button', { name: `Remove feedback “${text}”` });
  }
}

/** Removes feedback: at once, its message offering Undo. */
async function removeFeedback(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('button', { name: `Remove feedback “${text}”` }));
}

describe('the focus after acting on a piece of feedback', () => {
  it('goes to the next piece after one is removed, then to the form when none is left', async () => {
    const user = userEvent.setup();
    await openReview();
    await addFeedback(user, 'Cache the layers', 'Show the hit ratio');

    await removeFeedback(user, 'Cache the layers');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Make backlog item from “Show the hit ratio”' })).toHaveFocus(),
    );
    await removeFeedback(user, 'Show the hit ratio');
    await waitFor(() => expect(screen.getByLabelText('Feedback', { exact: true })).toHaveFocus());
  });

  it('quotes a stakeholder’s removed words in a message whose Undo brings them back', async () => {
    const user = userEvent.setup();
    await openReview();
    await addFeedback(user, 'Cache the layers');
    await removeFeedback(user, 'Cache the layers');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText('Removed the feedback “Cache the layers”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Undo remove/ }));
    expect(await screen.findByRole('button', { name: 'Remove feedback “Cache the layers”' })).toBeInTheDocument();
  });

  it('stays on its row once it became a backlog item', async () => {
    const user = userEvent.setup();
    await openReview();
    await addFeedback(user, 'Cache the layers');
    await user.click(screen.getByRole('button', { name: 'Make backlog item from “Cache the layers”' }));
    await screen.findByText('Made into backlog item “Cache the layers”');
    expect(await screen.findByText('Added “Cache the layers” to the backlog.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove feedback “Cache the layers”' })).toHaveFocus(),
    );
  });
});
