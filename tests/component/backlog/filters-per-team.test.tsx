import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/**
 * Each team keeps its own backlog filter: switching teams on the shared screen shows the other team's list as
 * that team left it, and switching back brings the first team's filter back.
 */

async function seed({ api }: InProcessApi) {
  const ops = await api.createTeam({ name: 'Ops' });
  await api.createItem({ teamId: ops.id, item: itemFields('Route api.example.com', { labels: ['network'] }) });
  await api.createItem({ teamId: ops.id, item: itemFields('Patch kernels', { labels: ['security'] }) });
  await api.createItem({ teamId: ops.id, item: itemFields('Rotate certificates', { type: 'chore' }) });
  await api.createItem({ teamId: ops.id, item: itemFields('Retire old VPN', { status: 'done' }) });
  const db = await api.createTeam({ name: 'Databases' });
  await api.createItem({ teamId: db.id, item: itemFields('Vacuum the orders table', { labels: ['network'] }) });
  await api.createItem({ teamId: db.id, item: itemFields('Upgrade Postgres') });
  await api.createItem({ teamId: db.id, item: itemFields('Test the restore') });
  await api.createItem({ teamId: db.id, item: itemFields('Drop the old replica', { status: 'done' }) });
}

const switchTo = async (user: ReturnType<typeof userEvent.setup>, name: string) =>
  user.selectOptions(await screen.findByRole('combobox', { name: 'Team' }), name);

describe('backlog filters and team switches', () => {
  it("does not carry one team's text, label, type or done filter onto another team's list", async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await switchTo(user, 'Ops');
    expect(await screen.findByText('Patch kernels')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Label' }), 'network');
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'route');
    expect(await screen.findByText('Showing 1 of 3 items')).toBeInTheDocument();

    await switchTo(user, 'Databases');
    expect(await screen.findByText('Upgrade Postgres')).toBeInTheDocument();
    // The whole list, and the count says so: nothing of Ops's filter is on Databases's list.
    expect(screen.getByText('Test the restore')).toBeInTheDocument();
    expect(screen.getByText('Vacuum the orders table')).toBeInTheDocument();
    expect(screen.getByText('3 items')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Label' })).toHaveDisplayValue('All labels');
    expect(screen.getByRole('button', { name: 'Clear filter' })).toBeDisabled();

    // Databases's own filter: a type and done items shown.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Task');
    await user.click(screen.getByRole('checkbox', { name: /Show done items/ }));
    expect(await screen.findByText('Showing 4 of 4 items')).toBeInTheDocument();

    await switchTo(user, 'Ops');
    // Ops's filter is back as it was left, and Databases's type and done items did not come with the switch.
    expect(await screen.findByText('Showing 1 of 3 items')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveValue('route');
    expect(screen.getByRole('combobox', { name: 'Label' })).toHaveDisplayValue('network');
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveDisplayValue('All types');
    expect(screen.getByRole('checkbox', { name: /Show done items/ })).not.toBeChecked();
    expect(screen.queryByText('Retire old VPN')).not.toBeInTheDocument();

    await switchTo(user, 'Databases');
    expect(await screen.findByText('Showing 4 of 4 items')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveDisplayValue('Task');
    expect(screen.getByRole('checkbox', { name: /Show done items/ })).toBeChecked();
    await waitFor(() => expect(screen.getByText('Drop the old replica')).toBeInTheDocument());
  });

  it("never shows the other team's list under the filter of the team left, not even for a frame", async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await switchTo(user, 'Ops');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Label' }), 'network');
    expect(await screen.findByText('Showing 1 of 3 items')).toBeInTheDocument();
    const databases = useAppStore.getState().teams.find((t) => t.name === 'Databases')!.id;

    await act(() => useAppStore.getState().selectTeam(databases));
    // Read in the render the switch made, before the next frame: no "Showing 1 of 3 items" of the wrong team.
    expect(screen.getByText('3 items')).toBeInTheDocument();
    expect(screen.getByText('Upgrade Postgres')).toBeInTheDocument();
  });
});
