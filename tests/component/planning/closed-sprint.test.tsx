import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, type Seeded } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** A closed sprint's Plan tab shows what it recorded, not a plannable meter of what is left in it. */
describe('the Plan tab of a closed sprint', { timeout: 30_000 }, () => {
  it('shows the recorded result and buffer, with no plannable points and no "no closed sprints yet"', async () => {
    let seeded: Seeded | undefined;
    await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
      const { teamId, sprintId, items, members } = seeded;
      for (const title of ['Rotate certificates', 'Patch kernels']) {
        await b.api.planItem({ teamId, sprintId, itemId: items[title]! });
      }
      await b.api.startSprint({ teamId, sprintId });
      await b.api.updateItem({ teamId, itemId: items['Rotate certificates']!, changes: { status: 'done' } });
      // 6 h of unplanned work by Ana: one person-day at 1 point per person-day.
      await b.api.logInterrupt({
        teamId,
        interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 6, takenBy: members.Ana! },
      });
      await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog' });
    });
    expect(seeded).toBeDefined();

    const commitment = await screen.findByRole('region', { name: 'Result' }, { timeout: 10_000 });
    expect(commitment).toHaveTextContent('Completed 8 of 13 committed points');
    // The unfinished interrupt left the sprint when it closed; the buffer it used stays recorded.
    expect(within(commitment).getByText(/Interrupt buffer/)).toHaveTextContent(
      'Interrupt buffer: 1 of 3 points used by unplanned work.',
    );
    expect(screen.queryByText(/still plannable/)).toBeNull();
    expect(screen.queryByText(/Over-committed/)).toBeNull();
    expect(screen.queryByText(/no closed sprints yet/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Check before committing' })).toBeNull();
  });

  it('the close dialog asks per unplanned item where it goes, shows its estimate, and does it', async () => {
    const user = userEvent.setup();
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
      const { teamId, sprintId, items } = seeded;
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
      });
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      for (const [title, hours] of [
        ['Disk full on db-3', 6],
        ['VPN cert expired', 3],
      ] as const) {
        await b.api.logInterrupt({ teamId, interrupt: { title, severity: 'sev2', hours } });
      }
    });
    const { teamId, sprintId } = seeded!;
    await user.click(await screen.findByRole('button', { name: 'Close sprint' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: 'Close Sprint 1' });

    const disk = within(dialog).getByRole('combobox', { name: 'Disk full on db-3 (6 h)' });
    const vpn = within(dialog).getByRole('combobox', { name: 'VPN cert expired (3 h)' });
    expect(disk).toHaveDisplayValue('Into Sprint 2, as unplanned work');
    await user.selectOptions(disk, 'Drop it: it stays in Sprint 1, not done');
    await user.selectOptions(vpn, 'Back to the backlog');
    await user.click(within(dialog).getByRole('button', { name: 'Close sprint' }));

    expect(await screen.findByText('Sprint 1 closed; its result feeds the velocity.')).toBeInTheDocument();
    await waitFor(async () => {
      const team = await backend.api.getTeam({ teamId });
      const byTitle = (title: string) => team.items.find((i) => i.title === title);
      expect(byTitle('Disk full on db-3')).toMatchObject({ sprintId, unplanned: true });
      expect(byTitle('VPN cert expired')).toMatchObject({ sprintId: null, interrupt: { hours: 3 } });
      expect(byTitle('Rotate certificates')?.sprintId).not.toBe(sprintId);
    });
  });
});
