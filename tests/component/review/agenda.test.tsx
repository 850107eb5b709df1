import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('review agenda', () => {
  it('is pre-filled from completed items, takes free slots and reorders by keyboard', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const agenda = screen.getByRole('list', { name: 'Demo agenda in running order' });
    expect(within(agenda).getByRole('button', { name: /^1\. Speed up CI Ana Ops · 5 min/ })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Free slot title'), 'Pager rota changes');
    await user.click(screen.getByRole('button', { name: 'Add free slot' }));
    await within(agenda).findByRole('button', { name: /^2\. Pager rota changes/ });

    within(agenda).getByRole('button', { name: 'Reorder Pager rota changes' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await within(agenda).findByRole('button', { name: /^1\. Pager rota changes/ });
    await waitFor(async () => {
      const t = await backend.api.getTeam({ teamId: seeded.id });
      expect(t.reviews[0]?.slots.map((s) => s.title)).toEqual(['Pager rota changes', 'Speed up CI']);
    });
  });

  it('keeps what is typed into Free slot title while the slot before it is being saved', async () => {
    const user = userEvent.setup();
    const { backend } = await openReview();
    let answer: () => void = () => undefined;
    const saved = new Promise<void>((resolve) => (answer = resolve));
    const add = backend.api.addDemoSlot.bind(backend.api);
    backend.api.addDemoSlot = (input) => saved.then(() => add(input));
    const field = screen.getByLabelText('Free slot title');
    await user.type(field, 'Pager rota changes');
    await user.click(screen.getByRole('button', { name: 'Add free slot' }));
    // The next slot's title, typed over the first while it saves.
    await user.clear(field);
    await user.type(field, 'Alert tuning');
    answer();
    const agenda = screen.getByRole('list', { name: 'Demo agenda in running order' });
    await within(agenda).findByRole('button', { name: /^2\. Pager rota changes/ });
    expect(field).toHaveValue('Alert tuning');
  });

  it('edits title and timebox, refusing a timebox out of range', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const timebox = screen.getByLabelText('Timebox (minutes)');
    await user.clear(timebox);
    await user.type(timebox, '0');
    await user.tab();
    expect(await screen.findByText('The timebox is at least 1 minute.')).toBeInTheDocument();

    await user.clear(timebox);
    await user.type(timebox, '8');
    const title = screen.getByLabelText('Slot title');
    await user.clear(title);
    await user.type(title, 'Faster CI: cache layers');
    await user.tab();
    await screen.findByRole('heading', { name: 'Faster CI: cache layers', level: 3 });
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.slots[0]).toMatchObject({ title: 'Faster CI: cache layers', timeboxMinutes: 8 });
  });

  it('reads the timebox with the same number rules as the other fields, refusing JavaScript number syntax', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const timebox = screen.getByLabelText('Timebox (minutes)');
    const stored = async () => (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]?.slots[0]?.timeboxMinutes;
    await user.clear(timebox);
    await user.type(timebox, '0x10');
    await user.tab();
    expect(await screen.findByText('The timebox must be a number of minutes.')).toBeInTheDocument();
    expect(timebox).toHaveAttribute('aria-invalid', 'true');
    expect(await stored()).toBe(5);
    // (the field keeps a message the person answered by editing hidden, so only the stored value is checked here)
    await user.clear(timebox);
    await user.type(timebox, '1e1');
    await user.tab();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await stored()).toBe(5);
    await user.clear(timebox);
    await user.type(timebox, '12,0');
    await user.tab();
    await waitFor(async () => expect(await stored()).toBe(12));
    expect(timebox).toHaveAttribute('aria-invalid', 'false');
  });

  it('removes a slot at once (its message offers Undo) and asks before deleting the review', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await user.click(screen.getByRole('button', { name: 'Remove slot' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // The sprint still has its completed item: the agenda says it is empty, not that nothing was completed.
    await screen.findByText("The agenda is empty. Add slots for the sprint's completed items below, or a free slot.");
    expect(screen.queryByText(/No completed items/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Add a slot for 1 completed item' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete review' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete review' }));
    await screen.findByRole('button', { name: 'Start review of Sprint 7' });
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews).toEqual([]);
  });

  it('offers slots for items completed after the review was prepared', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const sprintId = seeded.sprints[0]!.id;
    const store = useAppStore.getState();
    const late = await store.createItem({
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
      const item = draft.teams[0]!.items.find((i) => i.id === late.id)!;
      item.sprintId = sprintId;
    });
    useAppStore.getState().patchTeam(seeded.id, (t) => ({
      ...t,
      items: t.items.map((i) => (i.id === late.id ? { ...i, sprintId } : i)),
    }));
    await user.click(await screen.findByRole('button', { name: 'Add a slot for 1 completed item' }));
    const agenda = screen.getByRole('list', { name: 'Demo agenda in running order' });
    await within(agenda).findByRole('button', { name: /^2\. Alert on cert expiry/ });
    expect(screen.queryByRole('button', { name: /^Add (a slot|slots) for/ })).toBeNull();
  });
});
