import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/**
 * A closed sprint's items are its record (velocity, reports): the item editor shows their points read-only, says
 * why, and still saves the item's other fields.
 */

const stored = (backend: InProcessApi) => backend.store.snapshot().teams[0]?.items[0];

/** "Rotate keys" (3 points) was done in Sprint 1, which has closed. */
async function seed({ api }: InProcessApi) {
  const teamId = (await api.createTeam({ name: 'Ops' })).id;
  const today = new Date().toISOString().slice(0, 10);
  const end = new Date(Date.parse(today) + 13 * 86_400_000).toISOString().slice(0, 10);
  const sprintId = (
    await api.createSprint({ teamId, sprint: { name: 'Sprint 1', goal: '', startDate: today, endDate: end } })
  ).sprints[0]!.id;
  const item = await api.createItem({ teamId, item: itemFields('Rotate keys', { points: 3 }) });
  await api.planItem({ teamId, sprintId, itemId: item.id });
  await api.startSprint({ teamId, sprintId });
  await api.moveBoardCard({ teamId, itemId: item.id, status: 'done' });
  await api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog' });
}

async function openEditor() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('checkbox', { name: 'Show done items (1)' }));
  await user.click(await screen.findByRole('button', { name: 'Edit Rotate keys' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Edit Rotate keys' }) };
}

describe('item editor: an item of a closed sprint', () => {
  it('shows its points read-only with the reason, and saves a title fix', async () => {
    const backend = await renderApp('backlog', seed);
    const { user, dialog } = await openEditor();
    const points = within(dialog).getByLabelText('Story points');
    expect(points).toHaveAttribute('readonly');
    expect(points).toHaveValue('3 pts');
    expect(points).toHaveAccessibleDescription(
      '“Sprint 1” is closed: the story points of its items are its record (velocity, reports) and can no longer change.',
    );

    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Rotate API keys');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(stored(backend)).toMatchObject({ title: 'Rotate API keys', points: 3, status: 'done' });
  });

  it('lets its points change once its status reopens it (it goes back to the backlog)', async () => {
    const backend = await renderApp('backlog', seed);
    const { user, dialog } = await openEditor();
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'To do');
    await user.selectOptions(within(dialog).getByLabelText('Story points'), '5');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(stored(backend)).toMatchObject({ points: 5, status: 'todo', sprintId: null });
  });
});
