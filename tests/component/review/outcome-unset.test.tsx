import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('review outcomes can be taken back', () => {
  it('sets the sprint goal outcome back to "Not recorded" by keyboard', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await user.click(screen.getByRole('radio', { name: 'Met' }));
    await user.click(screen.getByRole('button', { name: 'Save goal outcome' }));
    await screen.findByText('Sprint goal outcome saved.');

    const notRecorded = screen.getByRole('radio', { name: 'Not recorded' });
    notRecorded.focus();
    await user.keyboard(' ');
    expect(notRecorded).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save goal outcome' }));
    await waitFor(async () => {
      const t = await backend.api.getTeam({ teamId: seeded.id });
      expect(t.reviews[0]?.goalOutcome.status).toBeNull();
    });
  });

  it('clears an item acceptance back to not judged, keeping the comment', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await user.type(screen.getByLabelText('Comment on Speed up CI'), 'Needs a rerun');
    const group = screen.getByRole('group', { name: 'Speed up CI' });
    await user.click(within(group).getByRole('button', { name: 'Not accepted' }));
    await waitFor(() =>
      expect(within(group).getByRole('button', { name: 'Not accepted' })).toHaveAttribute('aria-pressed', 'true'),
    );

    const clear = within(group).getByRole('button', { name: 'Clear judgement' });
    clear.focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(within(group).getByRole('button', { name: 'Not accepted' })).toHaveAttribute('aria-pressed', 'false'),
    );
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.slots[0]?.acceptance).toEqual({ accepted: null, comment: 'Needs a rerun' });
  });
});
