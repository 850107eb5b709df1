import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/**
 * A slot renamed or re-timeboxed elsewhere (another window, a sync) while the slot is shown: its Title and Timebox
 * fields show the stored values while nothing was typed into them, and leaving them (or the screen) does not write
 * the old values back over the new ones.
 */
describe("a demo slot's title and timebox changed elsewhere", () => {
  it('show in fields not typed into, and are not written back over when the fields or the screen are left', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const review = useAppStore.getState().team!.reviews[0]!;
    const slotId = review.slots[0]!.id;
    await backend.api.updateDemoSlot({
      teamId: seeded.id,
      reviewId: review.id,
      slotId,
      changes: { title: 'Faster CI pipeline', timeboxMinutes: 12 },
    });
    // The screen learns of it as after a sync that pulled commits: the open team is read again.
    await act(() => useAppStore.getState().selectTeam(seeded.id));

    expect(screen.getByLabelText('Slot title')).toHaveValue('Faster CI pipeline');
    expect(screen.getByLabelText('Timebox (minutes)')).toHaveValue('12');
    await user.click(screen.getByLabelText('Slot title'));
    await user.tab();
    await user.tab();
    await user.tab();
    act(() => useAppStore.getState().navigate('backlog'));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('backlog'));
    expect(screen.queryByRole('dialog')).toBeNull();
    const slot = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!.slots[0]!;
    expect([slot.title, slot.timeboxMinutes]).toEqual(['Faster CI pipeline', 12]);
  });

  it('keeps a title being typed when another arrives, and saves what was typed', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const review = useAppStore.getState().team!.reviews[0]!;
    const title = screen.getByLabelText('Slot title');
    await user.clear(title);
    await user.type(title, 'CI in 6 minutes');
    await backend.api.updateDemoSlot({
      teamId: seeded.id,
      reviewId: review.id,
      slotId: review.slots[0]!.id,
      changes: { title: 'From the other window' },
    });
    await act(() => useAppStore.getState().selectTeam(seeded.id));

    expect(title).toHaveValue('CI in 6 minutes');
    await user.tab();
    await waitFor(async () => {
      const slot = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!.slots[0]!;
      expect(slot.title).toBe('CI in 6 minutes');
    });
  });
});
