import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/** The Label filter says which label it filters by, even once no item carries that label any more. */

async function seed({ api }: InProcessApi) {
  const team = await api.createTeam({ name: 'Ops' });
  await api.createItem({ teamId: team.id, item: itemFields('Route api.example.com', { labels: ['dns'] }) });
  await api.createItem({ teamId: team.id, item: itemFields('Patch kernels', { labels: ['security'] }) });
}

describe('the Label filter', () => {
  it('still names its label when the last item carrying it loses it', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    const label = await screen.findByLabelText('Label');
    await user.selectOptions(label, 'dns');
    expect(await screen.findByText('Showing 1 of 2 items')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit Route api.example.com' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Route api.example.com' });
    await user.clear(within(dialog).getByLabelText('Labels'));
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    expect(await screen.findByText('No item matches the filter.')).toBeInTheDocument();
    // The empty list is explained by the filter on screen, not hidden behind "All labels".
    expect(screen.getByLabelText('Label')).toHaveDisplayValue('dns');
    await user.selectOptions(screen.getByLabelText('Label'), 'All labels');
    expect(await screen.findByText('Route api.example.com')).toBeInTheDocument();
  });
});
