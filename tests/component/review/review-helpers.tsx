import { configure, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { TeamDoc } from '../../../src/domain/workspace';
import { item, member, sprint, team } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

// The review screen and Mermaid load lazily; on a busy machine that can take more than the default second.
configure({ asyncUtilTimeout: 5_000 });

/** A team with an active sprint and one completed item, its review started; the screen shows the slot. */
export async function openReview(): Promise<{ backend: InProcessApi; seeded: TeamDoc }> {
  const ana = member('Ana Ops');
  const s = sprint({
    name: 'Sprint 7',
    goal: 'Faster deploys',
    startDate: '2026-11-16',
    endDate: '2026-11-27',
    state: 'active',
  });
  const seeded = team('Platform', {
    members: [ana],
    sprints: [s],
    items: [item('Speed up CI', { sprintId: s.id, status: 'done', points: 5, ownerId: ana.id })],
  });
  const backend = await renderApp('review', async ({ store }) => {
    await store.mutate('workspace', (draft) => {
      draft.teams.push(seeded);
    });
  });
  const start = await screen.findByRole('button', { name: 'Start review of Sprint 7' }, { timeout: 10_000 });
  start.click();
  await screen.findByRole('heading', { name: 'Speed up CI', level: 3 });
  return { backend, seeded };
}

export async function openBlockEditor(user: UserEvent, kind: string) {
  await user.selectOptions(screen.getByLabelText('Block type'), kind);
  await user.click(screen.getByRole('button', { name: 'Add block' }));
  return within(await screen.findByRole('dialog'));
}

export async function storedBlocks(backend: InProcessApi, teamId: string) {
  const t = await backend.api.getTeam({ teamId });
  return t.reviews[0]?.slots[0]?.blocks ?? [];
}
