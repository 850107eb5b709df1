import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** Sprint 1 started with "Rotate certificates" in it; the Planning screen open. */
async function startedSprint() {
  let seeded: Seeded | undefined;
  const backend = await renderApp('planning', async (b) => {
    seeded = await seedPlanning(b);
    const { teamId, sprintId, items } = seeded;
    await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
    await b.api.startSprint({ teamId, sprintId });
  });
  await screen.findByRole('button', { name: 'Close sprint' }, { timeout: 10_000 });
  if (!seeded) throw new Error('not seeded');
  return { backend, seeded, user: userEvent.setup({ delay: null }) };
}

/**
 * The reason for a scope change is typed in the meeting, often at length: an Escape pressed by mistake dropped it
 * without a word. With a reason typed, Escape and Cancel ask first; with nothing typed they close at once.
 */
describe('the scope change dialog keeps a reason typed', { timeout: 30_000 }, () => {
  it('Escape asks first; Keep editing keeps the reason, and the change is logged with it', async () => {
    const { backend, seeded, user } = await startedSprint();
    await user.click(screen.getByRole('button', { name: 'Remove Rotate certificates from the sprint' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “Rotate certificates” from the started sprint' });
    await user.type(within(dialog).getByLabelText('Reason'), 'The vendor moved the cut-over');
    await user.keyboard('{Escape}');

    const ask = await screen.findByRole('dialog', {
      name: 'Discard your changes to the scope change of “Rotate certificates”?',
    });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Discard/ })).not.toBeInTheDocument());
    expect(within(dialog).getByLabelText('Reason')).toHaveValue('The vendor moved the cut-over');
    await user.click(within(dialog).getByLabelText(/^Planned/));
    await user.click(within(dialog).getByRole('button', { name: 'Remove item' }));
    await waitFor(() =>
      expect(teamOf(backend, seeded.teamId)?.sprints[0]?.scopeChanges.map((c) => c.reason)).toContain(
        'The vendor moved the cut-over',
      ),
    );
  });

  it('Cancel with a reason typed asks; Discard changes closes with the item still in the sprint', async () => {
    const { backend, seeded, user } = await startedSprint();
    const remove = screen.getByRole('button', { name: 'Remove Rotate certificates from the sprint' });
    await user.click(remove);
    const dialog = screen.getByRole('dialog', { name: 'Remove “Rotate certificates” from the started sprint' });
    await user.type(within(dialog).getByLabelText('Reason'), 'Blocked');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const ask = await screen.findByRole('dialog', {
      name: 'Discard your changes to the scope change of “Rotate certificates”?',
    });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(remove).toHaveFocus());
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.scopeChanges).toHaveLength(0);
  });

  it('Escape with nothing typed closes at once', async () => {
    const { user } = await startedSprint();
    const remove = screen.getByRole('button', { name: 'Remove Rotate certificates from the sprint' });
    await user.click(remove);
    await screen.findByRole('dialog', { name: 'Remove “Rotate certificates” from the started sprint' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(remove).toHaveFocus());
  });
});
