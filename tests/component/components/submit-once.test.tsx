import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CadenceApi } from '../../../src/api/contract';
import type { InProcessApi } from '../../helpers/in-process-api';
import { holdCalls } from '../api-calls';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from '../standup/seed';
import { openPlanning, type Seeded, seedPlanning, teamOf } from '../planning/seed';
import { openReview } from '../review/review-helpers';

/** Double-clicks `button` while `method`'s calls are held: one call, the button busy meanwhile and free after. */
async function doubleClickedOnce(
  user: ReturnType<typeof userEvent.setup>,
  backend: InProcessApi,
  method: keyof CadenceApi,
  button: HTMLElement,
) {
  const held = holdCalls(backend, method);
  try {
    await user.dblClick(button);
    expect(held.calls).toBe(1);
    expect(button).toHaveAttribute('aria-disabled', 'true');
  } finally {
    held.release();
  }
  await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
}

/** Planning over the seeded team, one item planned into its sprint (a sprint can start). */
async function planningWithAPlannedItem() {
  let seeded: Seeded | undefined;
  const backend = await renderApp('planning', async (b) => {
    seeded = await seedPlanning(b);
    const { teamId, sprintId, items } = seeded;
    await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates'] ?? '' });
  });
  await screen.findByRole('heading', { name: 'Sprint planning' }, { timeout: 10_000 });
  if (!seeded) throw new Error('not seeded');
  return { seeded, backend };
}

describe('a create form saves once while its save is on its way', { timeout: 20_000 }, () => {
  it('adds one member for a double click on Add member, the button busy and focused meanwhile', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    await user.type(screen.getByLabelText('Name'), 'Dbl Member');
    const button = screen.getByRole('button', { name: 'Add member' });
    const held = holdCalls(backend, 'addMember');
    try {
      await user.dblClick(button);
      expect(held.calls).toBe(1);
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveFocus();
    } finally {
      held.release();
    }
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    const saved = backend.store.snapshot().teams[0];
    expect(saved?.members.filter((m) => m.name === 'Dbl Member')).toHaveLength(1);
  });

  it('adds one member for Enter pressed twice in the name field', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    const held = holdCalls(backend, 'addMember');
    try {
      await user.type(screen.getByLabelText('Name'), 'Enter Member{Enter}{Enter}');
      expect(held.calls).toBe(1);
    } finally {
      held.release();
    }
    await screen.findByRole('row', { name: /Enter Member/ });
    const saved = backend.store.snapshot().teams[0];
    expect(saved?.members.filter((m) => m.name === 'Enter Member')).toHaveLength(1);
  });

  it('raises one blocker for a double click on Add blocker', async () => {
    const user = userEvent.setup();
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Add blocker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a blocker' });
    await user.type(within(dialog).getByRole('textbox'), 'Dbl blocker');
    const button = within(dialog).getByRole('button', { name: 'Add blocker' });
    const held = holdCalls(backend, 'raiseBlocker');
    try {
      await user.dblClick(button);
      expect(held.calls).toBe(1);
      expect(button).toHaveAttribute('aria-disabled', 'true');
    } finally {
      held.release();
    }
    await screen.findByRole('region', { name: 'Open blockers (1)' });
    const saved = await backend.api.getTeam({ teamId: doc.id });
    expect(saved.blockers.filter((b) => b.text === 'Dbl blocker')).toHaveLength(1);
  });

  it('adds one holiday for a double click on Add holiday', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await openPlanning();
    await user.click(screen.getByRole('button', { name: 'Calendar' }));
    await user.type(await screen.findByLabelText('Holiday name'), 'Dbl holiday');
    const button = screen.getByRole('button', { name: 'Add holiday' });
    const held = holdCalls(backend, 'addHoliday');
    try {
      await user.dblClick(button);
      expect(held.calls).toBe(1);
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveFocus();
    } finally {
      held.release();
    }
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    expect(teamOf(backend, seeded.teamId)?.calendar.holidays.filter((h) => h.name === 'Dbl holiday')).toHaveLength(1);
  });

  it('adds one free slot for a double click on Add free slot', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await user.type(screen.getByLabelText('Free slot title'), 'Dbl slot');
    const button = screen.getByRole('button', { name: 'Add free slot' });
    await doubleClickedOnce(user, backend, 'addDemoSlot', button);
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.slots.filter((x) => x.title === 'Dbl slot')).toHaveLength(1);
  });

  it('adds one piece of feedback for a double click on Add feedback', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await user.type(screen.getByLabelText('Feedback'), 'Dbl feedback');
    const button = screen.getByRole('button', { name: 'Add feedback' });
    await doubleClickedOnce(user, backend, 'addReviewFeedback', button);
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.feedback.filter((f) => f.text === 'Dbl feedback')).toHaveLength(1);
  });

  it('starts the sprint once for a double click on the dialog’s Start sprint, the button busy meanwhile', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await planningWithAPlannedItem();
    await user.click(screen.getByRole('button', { name: 'Start sprint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start Sprint 1' });
    const button = within(dialog).getByRole('button', { name: 'Start sprint' });
    const held = holdCalls(backend, 'startSprint');
    try {
      await user.dblClick(button);
      expect(held.calls).toBe(1);
      expect(button).toHaveAttribute('aria-disabled', 'true');
    } finally {
      held.release();
    }
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Start Sprint 1' })).toBeNull());
    expect(teamOf(backend, seeded.teamId)?.sprints[0]?.state).toBe('active');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('frees the button again when the save is refused, the dialog saying why', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await planningWithAPlannedItem();
    await user.click(screen.getByRole('button', { name: 'Start sprint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start Sprint 1' });
    // Another window starts it first: this dialog's start is refused.
    await backend.api.startSprint({ teamId: seeded.teamId, sprintId: seeded.sprintId });
    const button = within(dialog).getByRole('button', { name: 'Start sprint' });
    await user.click(button);
    await within(dialog).findByRole('alert');
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
  });

  it('creates one team for a double click on Create team', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    await user.type(screen.getByLabelText('Team name'), 'Dbl team');
    const button = screen.getByRole('button', { name: 'Create team' });
    await doubleClickedOnce(user, backend, 'createTeam', button);
    expect(backend.store.snapshot().teams.filter((t) => t.name === 'Dbl team')).toHaveLength(1);
  });
});
