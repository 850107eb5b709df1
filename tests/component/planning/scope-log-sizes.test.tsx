import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

describe('the Plan tab’s scope change log', { timeout: 30_000 }, () => {
  it('gives an interrupt sized in hours its size when it is deleted and brought back, as the burndown does', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      // 1 h of a 6 h standard day at 1 point per person-day: 0.17 points.
      const { item } = await b.api.logInterrupt({
        teamId,
        interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 1 },
      });
      await b.api.deleteItem({ teamId, itemId: item.id });
      await b.api.restoreItem({ teamId, itemId: item.id });
    });
    const log = await screen.findByRole('table', { name: 'Scope change log' }, { timeout: 10_000 });
    const rows = within(log)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows.map(([, item, change, points]) => [item, change, points])).toEqual([
      ['Disk full on db-3', 'Added', '– → 0.17'],
      ['Disk full on db-3', 'Removed', '0.17 → –'],
      ['Disk full on db-3', 'Added', '– → 0.17'],
    ]);
  });
});

describe('the Plan tab’s scope change log, an interrupt’s points cleared', { timeout: 30_000 }, () => {
  it('shows the size its hours give it, as the burndown does, not no size', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      // Logged as 1 h (1 h of a 6 h day at 1 point per person-day), given 3 points, then the points cleared.
      const { item } = await b.api.logInterrupt({
        teamId,
        interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 1 },
      });
      await b.api.updateItem({ teamId, itemId: item.id, changes: { points: 3 } });
      await b.api.updateItem({ teamId, itemId: item.id, changes: { points: null } });
    });
    const log = await screen.findByRole('table', { name: 'Scope change log' }, { timeout: 10_000 });
    const rows = within(log)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows.map(([, item, change, points]) => [item, change, points])).toEqual([
      ['Disk full on db-3', 'Added', '– → 0.17'],
      ['Disk full on db-3', 'Re-estimated', '0.17 → 3'],
      ['Disk full on db-3', 'Re-estimated', '3 → 0.17'],
    ]);
  });
});

describe('the Plan tab’s scope change log after a sync merged two logs', { timeout: 30_000 }, () => {
  it('lists the changes in the order they were made, as the burndown reads them, not in the order they are stored', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      const why = { reason: 'Asked for by the DBAs', planned: true };
      await b.api.planItem({ teamId, sprintId, itemId: items['Patch kernels']!, ...why });
      await b.api.planItem({ teamId, sprintId, itemId: items['Upgrade Postgres']!, ...why });
      // A merge puts the changes made on this machine after the common log and before those pulled from the other
      // one, whatever their times: here the later change is stored first.
      await b.store.mutate({ teamId }, (d) => {
        const sprint = d.teams.find((t) => t.id === teamId)?.sprints.find((s) => s.id === sprintId);
        const [kernels, postgres] = sprint?.scopeChanges ?? [];
        if (!sprint || !kernels || !postgres) throw new Error('not seeded');
        kernels.at = '2026-11-03T09:00:00.000Z';
        postgres.at = '2026-11-04T09:00:00.000Z';
        sprint.scopeChanges = [postgres, kernels];
      });
    });
    const log = await screen.findByRole('table', { name: 'Scope change log' }, { timeout: 10_000 });
    const titles = within(log)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    expect(titles).toEqual(['Patch kernels', 'Upgrade Postgres']);
  });
});
