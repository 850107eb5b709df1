import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * An interrupt dropped at the close stays in the closed sprint, not done. The next sprint's Plan tab lists it with
 * the backlog, named as dropped, so the team can take it on after all with "Add to sprint".
 */
describe('an item dropped at the close, on the next sprint’s Plan tab', { timeout: 30_000 }, () => {
  it('is listed with the backlog, says where it was dropped, and can be added to the sprint', async () => {
    const user = userEvent.setup();
    let ids = { teamId: '', sprintId: '', itemId: '', nextId: '' };
    const backend = await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      const { item } = await b.api.logInterrupt({
        teamId,
        interrupt: { title: 'Flaky backup job', severity: 'sev2', hours: 12 },
      });
      const next = await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
      });
      await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog', unplannedTo: { [item.id]: 'drop' } });
      ids = { teamId, sprintId, itemId: item.id, nextId: next.sprints.find((s) => s.name === 'Sprint 2')!.id };
    });
    const picker = await screen.findByRole('combobox', { name: 'Sprint' }, { timeout: 10_000 });
    // The closed sprint lists it once, as its own, not a second time with the backlog.
    await user.selectOptions(picker, ids.sprintId);
    const closedBacklog = await screen.findByRole('list', { name: 'Backlog items not in a sprint' });
    expect(within(closedBacklog).queryByText('Flaky backup job')).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Items in Sprint 1' })).getByText('Flaky backup job')).toBeVisible();

    await user.selectOptions(picker, ids.nextId);

    const backlog = await screen.findByRole('list', { name: 'Backlog items not in a sprint' });
    const card = within(backlog).getByText('Flaky backup job').closest('li')!;
    expect(card).toHaveTextContent('dropped from Sprint 1');
    await user.click(within(card).getByRole('button', { name: 'Add Flaky backup job to the sprint' }));

    const sprintList = await screen.findByRole('list', { name: 'Items in Sprint 2' });
    await waitFor(() => expect(within(sprintList).getByText('Flaky backup job')).toBeVisible());
    expect(teamOf(backend, ids.teamId)?.items.find((i) => i.id === ids.itemId)?.sprintId).toBe(ids.nextId);
  });
});
