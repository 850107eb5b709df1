import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/** A second slot, "Pager rota changes", after "Speed up CI"; the screen still shows the first. */
async function withTwoSlots() {
  const opened = await openReview();
  const review = (await opened.backend.api.getTeam({ teamId: opened.seeded.id })).reviews[0]!;
  await act(() =>
    useAppStore
      .getState()
      .addDemoSlot(review.id, { title: 'Pager rota changes', presenterId: null, timeboxMinutes: 5 }),
  );
  const agenda = screen.getByRole('list', { name: 'Demo agenda in running order' });
  await within(agenda).findByRole('button', { name: /^2\. Pager rota changes/ });
  return { ...opened, agenda };
}

const pick = async (user: UserEvent, agenda: HTMLElement, title: RegExp) =>
  user.click(within(agenda).getByRole('button', { name: title }));

describe('a slot field the api refused, when another slot is picked', () => {
  it('asks before dropping a title that is too long; Keep editing keeps it on its slot', async () => {
    const user = userEvent.setup();
    const { agenda } = await withTwoSlots();
    const long = `Speed up CI ${'x'.repeat(200)}`;
    const title = screen.getByLabelText('Slot title');
    await user.clear(title);
    await user.click(title);
    await user.paste(long);

    await pick(user, agenda, /^2\. Pager rota changes/);
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the slot “Speed up CI”?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('heading', { name: 'Speed up CI', level: 3 })).toBeInTheDocument();
    expect(screen.getByLabelText('Slot title')).toHaveValue(long);

    await pick(user, agenda, /^2\. Pager rota changes/);
    const again = await screen.findByRole('dialog', { name: /Discard your changes/ });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { name: 'Pager rota changes', level: 3 });
    expect(screen.getByLabelText('Slot title')).toHaveValue('Pager rota changes');
  });

  it('asks before dropping a timebox over the limit', async () => {
    const user = userEvent.setup();
    const { agenda, backend, seeded } = await withTwoSlots();
    const timebox = screen.getByLabelText('Timebox (minutes)');
    await user.clear(timebox);
    await user.type(timebox, '90');

    await pick(user, agenda, /^2\. Pager rota changes/);
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the slot “Speed up CI”?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByLabelText('Timebox (minutes)')).toHaveValue('90');
    const stored = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!.slots[0]!;
    expect(stored.timeboxMinutes).not.toBe(90);
  });

  it('switches at once when the typed title could be saved, and saves it', async () => {
    const user = userEvent.setup();
    const { agenda, backend, seeded } = await withTwoSlots();
    const title = screen.getByLabelText('Slot title');
    await user.clear(title);
    await user.type(title, 'Faster CI pipeline');

    await pick(user, agenda, /^2\. Pager rota changes/);
    await screen.findByRole('heading', { name: 'Pager rota changes', level: 3 });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(async () => {
      const slot = (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]!.slots[0]!;
      expect(slot.title).toBe('Faster CI pipeline');
    });
  });
});
