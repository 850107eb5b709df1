import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('Add slots for completed items, from the keyboard', () => {
  it('shows the first slot added and puts the focus on its place in the agenda, not on the page', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const sprintId = seeded.sprints[0]!.id;
    const late = await useAppStore.getState().createItem({
      title: 'Alert on cert expiry',
      type: 'task',
      description: '',
      points: 3,
      labels: [],
      acceptanceCriteria: [],
      links: [],
      needsChangeWindow: false,
      status: 'done',
      readyChecks: [],
    });
    // Planning puts items into sprints; here the data and the open team are changed as it would.
    await backend.store.mutate({ teamId: seeded.id }, (draft) => {
      draft.teams[0]!.items.find((i) => i.id === late.id)!.sprintId = sprintId;
    });
    useAppStore.getState().patchTeam(seeded.id, (t) => ({
      ...t,
      items: t.items.map((i) => (i.id === late.id ? { ...i, sprintId } : i)),
    }));

    (await screen.findByRole('button', { name: 'Add a slot for 1 completed item' })).focus();
    await user.keyboard('{Enter}');

    const agenda = screen.getByRole('list', { name: 'Demo agenda in running order' });
    const added = await within(agenda).findByRole('button', { name: /^2\. Alert on cert expiry/ });
    await screen.findByRole('heading', { name: 'Alert on cert expiry', level: 3 });
    expect(added).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(added).toHaveFocus());
  });
});
