import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReviewSchema } from '../../../src/domain/review/schema';
import { newId } from '../../../src/domain/shared/ids';
import { member, sprint, team } from '../../helpers/fixtures';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

/** A review whose only slot is presented by someone removed from the team since it was prepared. */
async function reviewWithFormerPresenter() {
  const ana = member('Ana Ops');
  const gone = member('Bo Left');
  const s = sprint({ name: 'Sprint 7', startDate: '2026-11-16', endDate: '2026-11-27', state: 'active' });
  const at = '2026-11-26T09:00:00.000Z';
  const review = ReviewSchema.parse({
    id: newId(),
    sprintId: s.id,
    createdAt: at,
    updatedAt: at,
    slots: [{ id: newId(), title: 'Pager rota changes', presenterId: gone.id }],
  });
  // Bo's removal left the slot's presenter as stored, as removing a member does.
  const seeded = team('Platform', { members: [ana], sprints: [s], reviews: [review] });
  const backend = await renderApp('review', async ({ store }) => {
    await store.mutate('workspace', (draft) => {
      draft.teams.push(seeded);
    });
  });
  await screen.findByRole('heading', { name: 'Pager rota changes', level: 3 }, { timeout: 10_000 });
  return { backend, seeded, gone };
}

describe('a demo slot whose presenter has left the team', () => {
  it('says "Former member" in the agenda, the presenter field and presenter mode, as the report does', async () => {
    await reviewWithFormerPresenter();
    const agenda = screen.getByRole('list', { name: 'Demo agenda in running order' });
    expect(within(agenda).getByRole('button', { name: /^1\. Pager rota changes/ })).toHaveTextContent('Former member');
    expect(within(agenda).queryByText(/No presenter/)).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Presenter' })).toHaveDisplayValue('Former member');

    fireEvent.keyDown(window, { key: 'p' });
    const presenter = await screen.findByRole('dialog', { name: 'Presenter mode' });
    expect(within(presenter).getByText('Slot 1 of 1 · presented by Former member')).toBeInTheDocument();
  });

  it('keeps the stored presenter until someone else is picked, then saves the new one', async () => {
    const user = userEvent.setup();
    const { backend, seeded, gone } = await reviewWithFormerPresenter();
    const stored = async () => (await backend.api.getTeam({ teamId: seeded.id })).reviews[0]?.slots[0]?.presenterId;
    expect(await stored()).toBe(gone.id);
    const ana = seeded.members[0];
    await user.selectOptions(screen.getByRole('combobox', { name: 'Presenter' }), 'Ana Ops');
    await waitFor(async () => expect(await stored()).toBe(ana?.id));
    // Once someone else presents, the former member is no longer offered.
    await waitFor(() =>
      expect(within(screen.getByRole('combobox', { name: 'Presenter' })).queryByText('Former member')).toBeNull(),
    );
  });
});
