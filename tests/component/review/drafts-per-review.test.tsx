import { act, configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { ReviewSchema } from '../../../src/domain/review/schema';
import { newId } from '../../../src/domain/shared/ids';
import { sprint, team } from '../../helpers/fixtures';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });
// The review screen loads lazily; on a busy machine that can take more than the default second.
configure({ asyncUtilTimeout: 5_000 });

/** Two teams, each with a running sprint whose review has one slot; the first team open. */
async function twoTeamsInReview() {
  const teamInReview = (name: string, slotTitle: string) => {
    const s = sprint({ name: `${name} sprint`, startDate: '2026-11-16', endDate: '2026-11-27', state: 'active' });
    const at = '2026-11-26T09:00:00.000Z';
    const review = ReviewSchema.parse({
      id: newId(),
      sprintId: s.id,
      createdAt: at,
      updatedAt: at,
      slots: [{ id: newId(), title: slotTitle }],
    });
    return team(name, { sprints: [s], reviews: [review] });
  };
  const platform = teamInReview('Platform', 'Speed up CI');
  const storage = teamInReview('Storage', 'Faster backups');
  const backend = await renderApp('review', async ({ store }) => {
    await store.mutate('workspace', (draft) => {
      draft.teams.push(platform, storage);
    });
  });
  await act(() => useAppStore.getState().selectTeam(platform.id));
  await screen.findByRole('heading', { name: 'Speed up CI', level: 3 }, { timeout: 10_000 });
  return { backend, platform, storage };
}

/**
 * Feedback and a free slot's title typed for one team's review belong to that review: another team's review does
 * not show them (its Add would save them there), and they are back when their team is.
 */
describe("the review's Feedback and Free slot title across a team switch", () => {
  it("keeps each review's typed feedback and free slot title to that review", async () => {
    const user = userEvent.setup();
    const { storage, platform } = await twoTeamsInReview();
    await user.type(screen.getByLabelText('Feedback'), 'Show the cache hit ratio');
    await user.type(screen.getByLabelText('From'), 'Priya');
    await user.type(screen.getByLabelText('Free slot title'), 'Runbook changes');

    await act(() => useAppStore.getState().selectTeam(storage.id));
    await screen.findByRole('heading', { name: 'Faster backups', level: 3 });
    expect(screen.getByLabelText('Feedback')).toHaveValue('');
    expect(screen.getByLabelText('From')).toHaveValue('');
    expect(screen.getByLabelText('Free slot title')).toHaveValue('');

    await act(() => useAppStore.getState().selectTeam(platform.id));
    await screen.findByRole('heading', { name: 'Speed up CI', level: 3 });
    expect(screen.getByLabelText('Feedback')).toHaveValue('Show the cache hit ratio');
    expect(screen.getByLabelText('From')).toHaveValue('Priya');
    expect(screen.getByLabelText('Free slot title')).toHaveValue('Runbook changes');
  });
});
