import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { renderApp } from '../render-app';

/**
 * Undo of a delete puts the item back in its sprint only while that sprint is open. When it closed in
 * the meantime the item lands in the backlog, and the notification says so: it is not where it was.
 */
describe('undo of a delete after the sprint closed', { timeout: 30_000 }, () => {
  it('puts the item in the backlog and says why', async () => {
    const user = userEvent.setup();
    let ids = { teamId: '', sprintId: '', itemId: '' };
    const backend = await renderApp('backlog', async ({ api }) => {
      const teamId = (await api.createTeam({ name: 'Ops' })).id;
      const itemId = (await api.createItem({ teamId, item: itemFields('Rotate keys', { points: 3 }) })).id;
      const sprintId = (
        await api.createSprint({
          teamId,
          sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
        })
      ).sprints[0]!.id;
      await api.planItem({ teamId, sprintId, itemId });
      await api.startSprint({ teamId, sprintId });
      ids = { teamId, sprintId, itemId };
    });

    await user.click(await screen.findByRole('button', { name: 'Delete Rotate keys' }));
    const undo = await screen.findByRole('button', { name: 'Undo delete' });
    // Closed meanwhile, in another window of the same data folder.
    await backend.api.closeSprint({ teamId: ids.teamId, sprintId: ids.sprintId, incompleteTo: 'backlog' });
    await user.click(undo);

    expect(
      await screen.findByText('“Rotate keys” is back in the backlog: “Sprint 1” is no longer open.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(backend.store.snapshot().teams[0]?.items.find((i) => i.id === ids.itemId)?.sprintId).toBeNull(),
    );
  });
});
