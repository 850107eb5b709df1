import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/** Grooming the backlog by owner: each row names its owner, and the filter narrows the list to one. */

async function seed({ api }: InProcessApi) {
  const team = await api.createTeam({ name: 'Ops' });
  const member = (name: string) =>
    api.addMember({ teamId: team.id, member: { name, role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
  const dana = await member('Dana');
  const lee = await member('Lee');
  await api.createItem({ teamId: team.id, item: itemFields('Route api.example.com', { ownerId: dana.id }) });
  await api.createItem({ teamId: team.id, item: itemFields('Patch kernels', { ownerId: lee.id }) });
  await api.createItem({ teamId: team.id, item: itemFields('Rotate certificates') });
}

const rowOf = (title: string) => screen.getByText(title).closest('li') as HTMLElement;

describe('the backlog and owners', () => {
  it("shows each row's owner, named for a screen reader too", async () => {
    await renderApp('backlog', seed);
    await screen.findByText('Route api.example.com');
    expect(within(rowOf('Route api.example.com')).getByText('Dana')).toBeInTheDocument();
    expect(rowOf('Route api.example.com')).toHaveTextContent('Owner: Dana');
    expect(rowOf('Patch kernels')).toHaveTextContent('Owner: Lee');
    expect(rowOf('Rotate certificates')).not.toHaveTextContent('Owner');
  });

  it('filters by owner, or by no owner, from a labelled field the keyboard reaches, and Clear filter clears it', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await screen.findByText('Route api.example.com');
    const owner = screen.getByRole('combobox', { name: 'Owner' });
    // Tab from the Label filter reaches it.
    screen.getByRole('combobox', { name: 'Label' }).focus();
    await user.tab();
    expect(owner).toHaveFocus();

    await user.selectOptions(owner, 'Dana');
    expect(await screen.findByText('Showing 1 of 3 items')).toBeInTheDocument();
    expect(screen.queryByText('Patch kernels')).not.toBeInTheDocument();

    await user.selectOptions(owner, 'No owner');
    await waitFor(() => expect(screen.queryByText('Route api.example.com')).not.toBeInTheDocument());
    expect(screen.getByText('Rotate certificates')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(owner).toHaveDisplayValue('All owners');
    expect(await screen.findByText('Patch kernels')).toBeInTheDocument();
  });

  it("does not filter another team's backlog by this team's member, and filters by them again back on this team", async () => {
    const user = userEvent.setup();
    const b = await renderApp('backlog', seed);
    const ops = useAppStore.getState().team!.id;
    const db = await b.api.createTeam({ name: 'Databases' });
    await b.api.createItem({ teamId: db.id, item: itemFields('Vacuum the orders table') });
    await screen.findByText('Route api.example.com');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Dana');
    expect(await screen.findByText('Showing 1 of 3 items')).toBeInTheDocument();

    await act(() => useAppStore.getState().selectTeam(db.id));
    expect(await screen.findByText('Vacuum the orders table')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveDisplayValue('All owners');
    expect(screen.getByRole('button', { name: 'Clear filter' })).toBeDisabled();

    await act(() => useAppStore.getState().selectTeam(ops));
    expect(await screen.findByText('Showing 1 of 3 items')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveDisplayValue('Dana');
  });
});
