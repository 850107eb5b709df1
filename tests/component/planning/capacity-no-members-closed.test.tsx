import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** A closed sprint keeps the figures it was committed on; its team may have no members left since. */
describe('the capacity of a started or closed sprint whose team has no members now', { timeout: 30_000 }, () => {
  it('says the team has none now, not that it has none yet', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items, members } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog' });
      await b.api.removeMember({ teamId, memberId: members.Ana! });
      await b.api.removeMember({ teamId, memberId: members.Bo! });
    });
    const capacity = await screen.findByRole('region', { name: 'Capacity' }, { timeout: 10_000 });
    expect(capacity).toHaveTextContent(
      'Sprint 1 is closed and the team has no members now: there is no row per member to show.',
    );
    expect(capacity).not.toHaveTextContent(/no members yet|add them on the Team screen/);
    expect(capacity).toHaveTextContent(
      'Today’s team gives 0 person-days for these dates; Sprint 1 was committed on 15 at its start.',
    );
  });

  it('says so of a running sprint too, which keeps the figures of its start', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items, members } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      await b.api.removeMember({ teamId, memberId: members.Ana! });
      await b.api.removeMember({ teamId, memberId: members.Bo! });
    });
    const capacity = await screen.findByRole('region', { name: 'Capacity' }, { timeout: 10_000 });
    expect(capacity).toHaveTextContent('The team has no members now; add them on the Team screen to list their days.');
    expect(capacity).not.toHaveTextContent(/no members yet/);
  });
});
