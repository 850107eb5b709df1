import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/** On a projector, the room sees that a comment on a demoed item was saved, as the goal outcome's Save says. */
describe('saving an acceptance comment', () => {
  it('says it saved, naming the item, by the button and by Enter; the focus stays where it was', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const comment = screen.getByLabelText('Comment on Speed up CI');
    await user.type(comment, 'Accepted once the runbook is linked');
    const saveButton = screen.getByRole('button', { name: 'Save comment' });
    await user.click(saveButton);
    expect(await screen.findByText('Comment on “Speed up CI” saved.')).toBeInTheDocument();
    expect(saveButton).toHaveFocus();
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.slots[0]?.acceptance.comment).toBe('Accepted once the runbook is linked');

    await user.click(
      within(screen.getByRole('region', { name: 'Outcomes' })).getByRole('button', { name: 'Accepted' }),
    );
    await user.clear(comment);
    await user.type(comment, 'Runbook linked{Enter}');
    expect(await screen.findAllByText('Comment on “Speed up CI” saved.')).not.toHaveLength(0);
    expect(comment).toHaveFocus();
    const after = await backend.api.getTeam({ teamId: seeded.id });
    expect(after.reviews[0]?.slots[0]?.acceptance).toMatchObject({ accepted: true, comment: 'Runbook linked' });
  });
});
