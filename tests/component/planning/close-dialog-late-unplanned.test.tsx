import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * Unplanned work logged elsewhere (the room, another window) while the close dialog is open shows up in it:
 * the choice the dialog shows for it is where it goes.
 */
describe('an unplanned item that arrives while the close dialog is open', { timeout: 30_000 }, () => {
  it('goes where its row in the dialog says', async () => {
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
    });
    const { teamId, sprintId } = seeded!;
    await user.click(await screen.findByRole('button', { name: 'Close sprint' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: 'Close Sprint 1' });
    expect(within(dialog).getByRole('radio', { name: 'The next sprint, Sprint 2' })).toBeChecked();

    const { item } = await backend.api.logInterrupt({
      teamId,
      interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 6 },
    });
    await act(() => useAppStore.getState().selectTeam(teamId));

    const choice = await within(dialog).findByRole('combobox', { name: 'Disk full on db-3 (6 h)' });
    const shown = within(choice).getByRole<HTMLOptionElement>('option', { selected: true }).textContent;
    await user.click(within(dialog).getByRole('button', { name: 'Close sprint' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const saved = teamOf(backend, teamId)?.items.find((i) => i.id === item.id);
    const sprint2 = teamOf(backend, teamId)?.sprints.find((s) => s.name === 'Sprint 2');
    const where =
      saved?.sprintId === null
        ? 'Back to the backlog'
        : saved?.sprintId === sprint2?.id
          ? 'Into Sprint 2, as unplanned work'
          : `stays in ${sprintId}`;
    expect(where).toBe(shown);
  });

  it('one finished elsewhere while it is open does not stop the close', async () => {
    const user = userEvent.setup();
    let seeded: Seeded | undefined;
    let interruptId = '';
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
      const { teamId, sprintId, items } = seeded;
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      const { item } = await b.api.logInterrupt({
        teamId,
        interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 6 },
      });
      interruptId = item.id;
    });
    const { teamId, sprintId } = seeded!;
    await user.click(await screen.findByRole('button', { name: 'Close sprint' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: 'Close Sprint 1' });
    expect(within(dialog).getByRole('combobox', { name: 'Disk full on db-3 (6 h)' })).toBeInTheDocument();

    await backend.api.updateItem({ teamId, itemId: interruptId, changes: { status: 'done' } });
    await act(() => useAppStore.getState().selectTeam(teamId));
    await waitFor(() => expect(within(dialog).queryByRole('combobox')).toBeNull());
    await user.click(within(dialog).getByRole('button', { name: 'Close sprint' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(teamOf(backend, teamId)?.sprints.find((s) => s.id === sprintId)?.state).toBe('closed');
  });
});
