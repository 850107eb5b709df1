import { screen, waitFor, within } from '@testing-library/react';
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

/** Remove feedback, confirmed in the question it asks first. */
async function removeFeedback(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('button', { name: `Remove feedback “${text}”` }));
  const dialog = await screen.findByRole('dialog', { name: 'Remove this feedback?' });
  await user.click(within(dialog).getByRole('button', { name: 'Remove feedback' }));
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

  it('asks before removing a stakeholder’s words, quoting them, and keeps them on Cancel', async () => {
    const user = userEvent.setup();
    await openReview();
    await addFeedback(user, 'Cache the layers');
    const remove = screen.getByRole('button', { name: 'Remove feedback “Cache the layers”' });
    await user.click(remove);
    const dialog = await screen.findByRole('dialog', { name: 'Remove this feedback?' });
    expect(dialog).toHaveTextContent('“Cache the layers”');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(remove).toBeInTheDocument();
    await waitFor(() => expect(remove).toHaveFocus());
  });

  it('stays on its row once it became a backlog item', async () => {
    const user = userEvent.setup();
    await openReview();
    await addFeedback(user, 'Cache the layers');
    await user.click(screen.getByRole('button', { name: 'Make backlog item from “Cache the layers”' }));
    await screen.findByText('Backlog item: Cache the layers');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove feedback “Cache the layers”' })).toHaveFocus(),
    );
  });
});
