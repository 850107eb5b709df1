import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * Unplanned work carried into the next sprint at the close keeps burning that sprint's interrupt buffer. While the
 * next sprint is planned, the Commitment panel says how much of its buffer the carried work already takes, so the
 * scrum master plans with it in view instead of finding the buffer gone after the start.
 */
describe('unplanned work carried into a planned sprint', { timeout: 30_000 }, () => {
  it('shows the buffer it already takes on the Plan tab before the start', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      // An interrupt pulled in as unplanned work, not finished by the close.
      await b.api.planItem({
        teamId,
        sprintId,
        itemId: items['Patch kernels']!,
        reason: 'Kernel CVE',
        planned: false,
      });
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
      });
      await b.api.closeSprint({
        teamId,
        sprintId,
        incompleteTo: 'backlog',
        unplannedTo: { [items['Patch kernels']!]: 'next_sprint' },
      });
    });

    expect(await screen.findByRole('heading', { name: 'Sprint 2' }, { timeout: 10_000 })).toBeVisible();
    expect(await screen.findByText(/^Interrupt buffer:/)).toHaveTextContent(
      /^Interrupt buffer: 5 of [\d.]+ points? already taken by unplanned work carried into Sprint 2\.$/,
    );
  });
});
