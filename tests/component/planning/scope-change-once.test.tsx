import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { holdCalls } from '../api-calls';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';

/** Sprint 1 started with "Rotate certificates" and "Patch kernels" in it; the Planning screen open. */
async function startedSprint() {
  let seeded: Seeded | undefined;
  const backend = await renderApp('planning', async (b) => {
    seeded = await seedPlanning(b);
    const { teamId, sprintId, items } = seeded;
    await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
    await b.api.planItem({ teamId, sprintId, itemId: items['Patch kernels']! });
    await b.api.startSprint({ teamId, sprintId });
  });
  await screen.findByRole('button', { name: 'Close sprint' }, { timeout: 10_000 });
  if (!seeded) throw new Error('not seeded');
  return { backend, seeded, user: userEvent.setup() };
}

describe('a scope change is made once while its save is on its way', { timeout: 30_000 }, () => {
  it('removes the item once for Enter pressed twice on Remove item, with no "is not in a sprint" error', async () => {
    const { backend, seeded, user } = await startedSprint();
    await user.click(screen.getByRole('button', { name: 'Remove Rotate certificates from the sprint' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “Rotate certificates” from the started sprint' });
    await user.type(within(dialog).getByLabelText('Reason'), 'Moved to the next sprint');
    await user.click(within(dialog).getByLabelText(/^Planned/));
    const button = within(dialog).getByRole('button', { name: 'Remove item' });
    button.focus();
    const held = holdCalls(backend, 'unplanItem');
    try {
      await user.keyboard('{Enter}{Enter}');
      expect(held.calls).toBe(1);
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveFocus();
    } finally {
      held.release();
    }
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText(/is not in a sprint/)).not.toBeInTheDocument();
    const log = screen.getByRole('region', { name: 'Scope changes since the start' });
    expect(within(log).getAllByRole('row', { name: /Rotate certificates Removed/ })).toHaveLength(1);
    const removals = teamOf(backend, seeded.teamId)?.sprints[0]?.scopeChanges.filter((c) => c.kind === 'removed');
    expect(removals).toHaveLength(1);
  });

  it('takes a card out of a planned sprint once for Enter pressed twice on its Remove button', async () => {
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
      const { teamId, sprintId, items } = seeded;
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.planItem({ teamId, sprintId, itemId: items['Patch kernels']! });
    });
    const user = userEvent.setup();
    const button = await screen.findByRole(
      'button',
      { name: 'Remove Rotate certificates from the sprint' },
      { timeout: 10_000 },
    );
    button.focus();
    const held = holdCalls(backend, 'unplanItem');
    try {
      await user.keyboard('{Enter}{Enter}');
      expect(held.calls).toBe(1);
      expect(button).toHaveAttribute('aria-disabled', 'true');
    } finally {
      held.release();
    }
    // The next card of the sprint's list takes the focus, and no error was raised.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove Patch kernels from the sprint' })).toHaveFocus(),
    );
    expect(screen.getByRole('button', { name: 'Add Rotate certificates to the sprint' })).toBeInTheDocument();
    expect(screen.queryByText(/is not in a sprint/)).not.toBeInTheDocument();
    expect(teamOf(backend, seeded!.teamId)?.items.find((i) => i.title === 'Rotate certificates')?.sprintId).toBeNull();
  });
});
