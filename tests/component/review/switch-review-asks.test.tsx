import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReviewSchema } from '../../../src/domain/review/schema';
import { newId } from '../../../src/domain/shared/ids';
import { item, member, sprint, team } from '../../helpers/fixtures';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

/**
 * Sprint 7 holds two reviews (as data an older version saved may), "Speed up CI" and "Pager rota changes";
 * Sprint 6, closed before it, has none.
 */
async function seed() {
  const ana = member('Ana Ops');
  const s6 = sprint({ name: 'Sprint 6', startDate: '2026-11-02', endDate: '2026-11-13', state: 'closed' });
  const s7 = sprint({ name: 'Sprint 7', startDate: '2026-11-16', endDate: '2026-11-27', state: 'active' });
  const ci = item('Speed up CI', { sprintId: s7.id, status: 'done', points: 5 });
  const review = (createdAt: string, title: string, itemId: string | null) =>
    ReviewSchema.parse({
      id: newId(),
      sprintId: s7.id,
      createdAt,
      updatedAt: createdAt,
      slots: [{ id: newId(), title, presenterId: ana.id, itemId }],
    });
  const first = review('2026-11-26T09:00:00.000Z', 'Speed up CI', ci.id);
  const second = review('2026-11-27T14:00:00.000Z', 'Pager rota changes', null);
  const seeded = team('Platform', { members: [ana], sprints: [s6, s7], items: [ci], reviews: [first, second] });
  const backend = await renderApp('review', async ({ store }) => {
    await store.mutate('workspace', (draft) => {
      draft.teams.push(seeded);
    });
  });
  await screen.findByRole('heading', { name: 'Speed up CI', level: 3 }, { timeout: 10_000 });
  return { backend, seeded, first, second, s6 };
}

/** Empties the slot's title, which the api refuses (a slot needs one), and leaves the field as a switch does. */
async function emptyTitle(user: UserEvent) {
  await user.clear(screen.getByLabelText('Slot title'));
}

async function keepEditing(user: UserEvent, what = 'the slot “Speed up CI”') {
  const ask = await screen.findByRole('dialog', { name: `Discard your changes to ${what}?` });
  await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

async function discard(user: UserEvent, what = 'the slot “Speed up CI”') {
  const ask = await screen.findByRole('dialog', { name: `Discard your changes to ${what}?` });
  await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
}

describe('what was typed into a review and not saved, when another review or sprint is chosen', () => {
  it('asks before another review is opened; Keep editing keeps the typed title, Discard opens the review', async () => {
    const user = userEvent.setup();
    const { second } = await seed();
    await emptyTitle(user);

    const picker = screen.getByRole('combobox', { name: 'Review' });
    await user.selectOptions(picker, second.id);
    await keepEditing(user);
    expect(screen.getByRole('heading', { name: 'Speed up CI', level: 3 })).toBeInTheDocument();
    expect(screen.getByLabelText('Slot title')).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Review' })).not.toHaveValue(second.id);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Review' }), second.id);
    await discard(user);
    await screen.findByRole('heading', { name: 'Pager rota changes', level: 3 });
    expect(screen.getByLabelText('Slot title')).toHaveValue('Pager rota changes');
    expect(screen.getByRole('combobox', { name: 'Review' })).toHaveValue(second.id);
  });

  it('asks before another sprint is chosen; Keep editing keeps the typed title, Discard shows that sprint', async () => {
    const user = userEvent.setup();
    const { s6 } = await seed();
    await emptyTitle(user);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprint' }), s6.id);
    await keepEditing(user);
    expect(screen.getByRole('heading', { name: 'Speed up CI', level: 3 })).toBeInTheDocument();
    expect(screen.getByLabelText('Slot title')).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Sprint' })).not.toHaveValue(s6.id);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprint' }), s6.id);
    await discard(user);
    await screen.findByRole('button', { name: 'Start review of Sprint 6' });
    expect(screen.getByRole('combobox', { name: 'Sprint' })).toHaveValue(s6.id);
  });

  it('asks about a goal outcome sentence and an acceptance comment not saved, one after the other', async () => {
    const user = userEvent.setup();
    const { second } = await seed();
    await user.type(screen.getByLabelText('In one sentence'), 'Mostly met');
    await user.type(screen.getByLabelText('Comment on Speed up CI'), 'Needs a runbook');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Review' }), second.id);
    await keepEditing(user, 'the sprint goal outcome');
    expect(screen.getByLabelText('In one sentence')).toHaveValue('Mostly met');
    expect(screen.getByLabelText('Comment on Speed up CI')).toHaveValue('Needs a runbook');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Review' }), second.id);
    await discard(user, 'the sprint goal outcome');
    // The comment is asked about too before the review it belongs to goes.
    await discard(user, 'the comment on “Speed up CI”');
    await screen.findByRole('heading', { name: 'Pager rota changes', level: 3 });
    expect(screen.getByLabelText('In one sentence')).toHaveValue('');
  });

  it('switches at once, saving it, when the typed title can be saved', async () => {
    const user = userEvent.setup();
    const { backend, seeded, first, second } = await seed();
    const title = screen.getByLabelText('Slot title');
    await user.clear(title);
    await user.type(title, 'Faster CI pipeline');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Review' }), second.id);
    await screen.findByRole('heading', { name: 'Pager rota changes', level: 3 });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(async () => {
      const stored = (await backend.api.getTeam({ teamId: seeded.id })).reviews.find((r) => r.id === first.id);
      expect(stored?.slots[0]?.title).toBe('Faster CI pipeline');
    });
  });
});
