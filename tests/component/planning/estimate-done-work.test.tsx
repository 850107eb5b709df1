import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { seedPlanning, type Seeded } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * Planning poker estimates work still to do: its item list leaves done items out. A closed sprint's result is
 * recorded, so re-estimating its done work would make its items disagree with its figures (and the review's).
 */
describe('estimating done work', { timeout: 30_000 }, () => {
  it('a closed sprint’s cards and a done card offer no Estimate, nor does poker list them; work still to do keeps it', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      for (const title of ['Rotate certificates', 'Patch kernels']) {
        await b.api.planItem({ teamId, sprintId, itemId: items[title]! });
      }
      await b.api.startSprint({ teamId, sprintId });
      await b.api.updateItem({ teamId, itemId: items['Rotate certificates']!, changes: { status: 'done' } });
      await b.api.logInterrupt({ teamId, interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 6 } });
    });
    const running = await screen.findByRole('list', { name: 'Items in Sprint 1' }, { timeout: 10_000 });
    expect(within(running).queryByRole('button', { name: 'Estimate Rotate certificates' })).toBeNull();
    expect(within(running).getByRole('button', { name: 'Estimate Patch kernels' })).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Close sprint' }));
    const dialog = screen.getByRole('dialog', { name: 'Close Sprint 1' });
    const disk = within(dialog).getByRole('combobox', { name: 'Disk full on db-3 (6 h)' });
    await user.selectOptions(disk, 'Drop it: it stays in Sprint 1, not done');
    await user.click(within(dialog).getByRole('button', { name: 'Close sprint' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const closed = await screen.findByRole('list', { name: 'Items in Sprint 1' });
    expect(within(closed).getByText('Rotate certificates')).toBeInTheDocument();
    expect(within(closed).getByText('Disk full on db-3')).toBeInTheDocument();
    expect(within(closed).queryByRole('button', { name: /^Estimate / })).toBeNull();
    // Back in the backlog, the unfinished item can be estimated again.
    const backlog = screen.getByRole('list', { name: 'Backlog items not in a sprint' });
    expect(within(backlog).getByRole('button', { name: 'Estimate Patch kernels' })).toBeInTheDocument();
    // Nor does poker offer the work dropped in the closed sprint; the backlog's is there.
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    const picker = screen.getByRole('combobox', { name: 'Item to estimate' });
    const offered = within(picker)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(offered).toContain('Patch kernels (5)');
    expect(offered.filter((text) => text?.includes('Disk full on db-3'))).toEqual([]);
  });

  it('an item picked, then done elsewhere before its round starts, is no longer offered to start', async () => {
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Estimate Upgrade Postgres' }, { timeout: 10_000 }));
    expect(screen.getByLabelText('Item to estimate')).toHaveDisplayValue(/Upgrade Postgres/);
    expect(screen.getByRole('button', { name: 'Start estimating' })).toBeInTheDocument();

    const { teamId, items } = seeded!;
    await backend.api.updateItem({ teamId, itemId: items['Upgrade Postgres']!, changes: { status: 'done' } });
    await act(() => useAppStore.getState().selectTeam(teamId));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Start estimating' })).toBeNull());
    expect(screen.getByLabelText('Item to estimate')).toHaveDisplayValue('Pick an item…');
  });
});
