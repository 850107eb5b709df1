import { screen } from '@testing-library/react';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

export const itemFields = (title: string, points: number | null, extra: { needsChangeWindow?: boolean } = {}) => ({
  title,
  type: 'task' as const,
  description: 'Why it matters',
  points,
  labels: [],
  acceptanceCriteria: [{ id: 'c1', text: 'Done when green', done: false }],
  links: [],
  needsChangeWindow: extra.needsChangeWindow ?? false,
  status: 'todo' as const,
  readyChecks: [],
});

export interface Seeded {
  teamId: string;
  sprintId: string;
  members: Record<string, string>;
  items: Record<string, string>;
}

/** A team of two (6 h standard day, Bo half time), a ten-day sprint and three backlog items. */
export async function seedPlanning(b: InProcessApi): Promise<Seeded> {
  const team = await b.api.createTeam({ name: 'Platform' });
  // No manual Definition of Ready entries, so readiness depends only on the item itself.
  const auto = team.settings.definitionOfReady.filter((e) => e.rule !== null);
  await b.api.updateTeamSettings({ teamId: team.id, settings: { definitionOfReady: auto } });
  const members: Record<string, string> = {};
  for (const [name, hours] of [
    ['Ana', 6],
    ['Bo', 3],
  ] as const) {
    members[name] = (
      await b.api.addMember({ teamId: team.id, member: { name, role: 'SRE', hoursPerDay: hours, takesOnCall: true } })
    ).id;
  }
  const items: Record<string, string> = {};
  for (const [title, points, cw] of [
    ['Rotate certificates', 8, false],
    ['Patch kernels', 5, true],
    ['Upgrade Postgres', null, false],
  ] as const) {
    items[title] = (
      await b.api.createItem({ teamId: team.id, item: itemFields(title, points, { needsChangeWindow: cw }) })
    ).id;
  }
  const up = await b.api.createSprint({
    teamId: team.id,
    sprint: { name: 'Sprint 1', goal: 'Certificates rotated.', startDate: '2026-11-02', endDate: '2026-11-13' },
  });
  return { teamId: team.id, sprintId: up.sprints[0]?.id ?? '', members, items };
}

/** The app on the Planning screen over a seeded team (see seedPlanning). */
export async function openPlanning(): Promise<{ seeded: Seeded; backend: Awaited<ReturnType<typeof renderApp>> }> {
  let seeded: Seeded | undefined;
  const backend = await renderApp('planning', async (b) => {
    seeded = await seedPlanning(b);
  });
  await screen.findByRole('heading', { name: 'Sprint planning' }, { timeout: 10_000 });
  if (!seeded) throw new Error('not seeded');
  return { seeded, backend };
}

export const teamOf = (backend: Awaited<ReturnType<typeof renderApp>>, id: string) =>
  backend.store.snapshot().teams.find((t) => t.id === id);
