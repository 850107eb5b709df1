import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** The figures of "Interrupt buffer: 1.5 of 3 points …": used, then reserved. */
const bufferFigures = (line: HTMLElement) => {
  const [, used, reserved] = /^Interrupt buffer: ([\d.]+) of ([\d.]+) point/.exec(line.textContent ?? '') ?? [];
  return { used, reserved };
};

/**
 * An interrupt sized in hours, carried into a planned sprint, burns its buffer at the points per person-day the
 * start freezes into the commitment (the team's velocity), so the buffer line reads the same before and after the
 * start, and not at the team's starting value until then.
 */
describe('an interrupt in hours carried into the next sprint', { timeout: 30_000 }, () => {
  it('takes the same share of the buffer before and after the start', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items, members } = await seedPlanning(b);
      // Velocity learned from the one sprint closed, at a rate other than the starting 1 point per person-day.
      await b.api.updateTeamSettings({ teamId, settings: { velocityWindow: 1 } });
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      await b.api.updateItem({ teamId, itemId: items['Rotate certificates']!, changes: { status: 'done' } });
      const { item } = await b.api.logInterrupt({
        teamId,
        interrupt: { title: 'Flaky backup job', severity: 'sev2', hours: 12, takenBy: members.Ana! },
      });
      const next = await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
      });
      const nextId = next.sprints.find((s) => s.name === 'Sprint 2')!.id;
      await b.api.planItem({ teamId, sprintId: nextId, itemId: items['Patch kernels']! });
      await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog', unplannedTo: { [item.id]: 'next_sprint' } });
    });

    expect(await screen.findByRole('heading', { name: 'Sprint 2' }, { timeout: 10_000 })).toBeVisible();
    const before = bufferFigures(await screen.findByText(/^Interrupt buffer:/));
    expect(screen.getByRole('region', { name: 'Capacity' })).toHaveTextContent('Points per person-day0.53: average');

    await user.click(screen.getByRole('button', { name: 'Start sprint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start Sprint 2' });
    await user.click(within(dialog).getByRole('button', { name: 'Start sprint' }));
    expect(await screen.findByText('Sprint 2 started; the commitment is frozen.')).toBeInTheDocument();

    const after = bufferFigures(await screen.findByText(/used by unplanned work\.$/));
    expect(after).toEqual(before);
  });
});
