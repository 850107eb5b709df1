import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReviewSchema } from '../../../src/domain/review/schema';
import { newId } from '../../../src/domain/shared/ids';
import { member, sprint, team } from '../../helpers/fixtures';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

/** A sprint that holds two reviews, as data an older version of Cadence saved may (it did not refuse a second). */
async function twoReviewsOfOneSprint() {
  const ana = member('Ana Ops');
  const s = sprint({ name: 'Sprint 7', startDate: '2026-11-16', endDate: '2026-11-27', state: 'active' });
  const review = (createdAt: string, title: string, feedback: string) =>
    ReviewSchema.parse({
      id: newId(),
      sprintId: s.id,
      createdAt,
      updatedAt: createdAt,
      slots: [{ id: newId(), title, presenterId: ana.id }],
      feedback: [{ id: newId(), text: feedback, from: 'Stakeholder', at: createdAt }],
    });
  const first = review('2026-11-26T09:00:00.000Z', 'Speed up CI', 'Great work on CI');
  const second = review('2026-11-27T14:00:00.000Z', 'Pager rota changes', 'Rota looks fair');
  const seeded = team('Platform', { members: [ana], sprints: [s], reviews: [first, second] });
  const backend = await renderApp('review', async ({ store }) => {
    await store.mutate('workspace', (draft) => {
      draft.teams.push(seeded);
    });
  });
  return { backend, seeded, first, second };
}

describe('a sprint with two reviews from an older version', () => {
  it('hides neither: both can be opened, and deleting one leaves the other', async () => {
    const user = userEvent.setup();
    const { backend, seeded, first, second } = await twoReviewsOfOneSprint();
    await screen.findByRole('heading', { name: 'Speed up CI', level: 3 }, { timeout: 10_000 });
    expect(screen.getByText(/This sprint has 2 reviews/)).toBeInTheDocument();

    const picker = screen.getByRole('combobox', { name: 'Review' });
    expect(within(picker).getAllByRole('option')).toHaveLength(2);
    await user.selectOptions(picker, second.id);
    await screen.findByRole('heading', { name: 'Pager rota changes', level: 3 });
    expect(screen.getAllByText('Rota looks fair').length).toBeGreaterThan(0);
    expect(screen.queryByText('Great work on CI')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete review' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete review' }));
    await waitFor(async () => {
      const t = await backend.api.getTeam({ teamId: seeded.id });
      expect(t.reviews.map((r) => r.id)).toEqual([first.id]);
    });
    await screen.findByRole('heading', { name: 'Speed up CI', level: 3 });
    // The focus lands on the review left (its first control), not on the page.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start presenter mode' })).toHaveFocus());
    expect(screen.queryByRole('combobox', { name: 'Review' })).not.toBeInTheDocument();
    expect(screen.queryByText(/This sprint has 2 reviews/)).not.toBeInTheDocument();
  });
});
