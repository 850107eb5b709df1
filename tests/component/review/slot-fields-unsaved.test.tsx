import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { DEFAULT_TIMEBOX_MINUTES } from '../../../src/domain/review/schema';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/**
 * A slot's Title and Timebox are saved when the field is left. A switch of screen or team (a shortcut, the
 * browser's Back) while one still holds typed text leaves it too: what can be saved is saved; what cannot (an
 * empty title, a timebox of 0) is not dropped without "Discard your changes to …?".
 */
describe('a demo slot field still holding typed text', () => {
  it('saves the title and the timebox when the screen changes before the field is left', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const timebox = screen.getByLabelText('Timebox (minutes)');
    await user.clear(timebox);
    await user.type(timebox, '12');
    const title = screen.getByLabelText('Slot title');
    await user.clear(title);
    await user.type(title, 'Faster CI pipeline');
    expect(title).toHaveFocus();

    act(() => useAppStore.getState().navigate('backlog'));

    await waitFor(() => expect(useAppStore.getState().screen).toBe('backlog'));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(async () => {
      const slot = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!.slots[0]!;
      expect([slot.title, slot.timeboxMinutes]).toEqual(['Faster CI pipeline', 12]);
    });
  });

  it('saves a typed title into its own team when the team is switched', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const other = await backend.api.createTeam({ name: 'Storage' });
    const title = screen.getByLabelText('Slot title');
    await user.clear(title);
    await user.type(title, 'Faster CI pipeline');

    await act(() => useAppStore.getState().selectTeam(other.id));

    await waitFor(() => expect(useAppStore.getState().team?.id).toBe(other.id));
    await waitFor(async () => {
      const slot = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!.slots[0]!;
      expect(slot.title).toBe('Faster CI pipeline');
    });
  });

  it('asks before dropping a timebox it cannot save; Keep editing stays, Discard changes switches', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const timebox = screen.getByLabelText('Timebox (minutes)');
    await user.clear(timebox);
    await user.type(timebox, '0');

    act(() => useAppStore.getState().navigate('backlog'));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the slot “Speed up CI”?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(useAppStore.getState().screen).toBe('review');
    expect(screen.getByLabelText('Timebox (minutes)')).toHaveValue('0');
    await waitFor(() => expect(screen.getByLabelText('Timebox (minutes)')).toHaveFocus());

    act(() => useAppStore.getState().navigate('backlog'));
    const again = await screen.findByRole('dialog', { name: /Discard your changes/ });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('backlog'));
    const slot = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!.slots[0]!;
    expect(slot.timeboxMinutes).toBe(DEFAULT_TIMEBOX_MINUTES);
  });
});
