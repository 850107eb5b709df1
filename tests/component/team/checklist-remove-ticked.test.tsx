import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { renderApp } from '../render-app';

const ENTRIES = [
  { id: 'dor-runbook', text: 'Runbook linked', rule: null },
  { id: 'dor-owner', text: 'Owner agreed', rule: null },
];

describe('Removing a Definition of Ready entry that items have ticked', () => {
  it('asks first, saying how many items have it ticked; Cancel keeps entry and ticks, the focus stays', async () => {
    const user = userEvent.setup();
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      teamId = (await api.createTeam({ name: 'Ops' })).id;
      await api.updateTeamSettings({ teamId, settings: { definitionOfReady: ENTRIES } });
      for (const [title, ticks] of [
        ['Patch hosts', ['dor-runbook', 'dor-owner']],
        ['Rotate keys', ['dor-runbook']],
        ['Tune alerts', ['dor-owner']],
      ] as const)
        await api.createItem({ teamId, item: itemFields(title, { readyChecks: [...ticks] }) });
    });
    const team = () => backend.store.snapshot().teams.find((t) => t.id === teamId)!;
    const region = await screen.findByRole('region', { name: 'Definition of Ready' });
    const remove = within(region).getByRole('button', { name: 'Remove “Runbook linked”' });

    remove.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Remove “Runbook linked”?' });
    expect(dialog).toHaveTextContent(
      '2 items have “Runbook linked” ticked. Their ticks go with the entry: adding it again later starts with no item ticked.',
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(remove).toHaveFocus());
    expect(team().settings.definitionOfReady).toEqual(ENTRIES);

    // Confirmed: the entry goes, and the focus moves to the next entry's Remove.
    await user.keyboard('{Enter}');
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Remove “Runbook linked”?' })).getByRole('button', {
        name: 'Remove entry',
      }),
    );
    await waitFor(() => expect(team().settings.definitionOfReady).toEqual([ENTRIES[1]]));
    await waitFor(() => expect(within(region).getByRole('button', { name: 'Remove “Owner agreed”' })).toHaveFocus());
  });
});

describe('Removing a Definition of Ready entry checked automatically', () => {
  it('asks first, saying it cannot be added back as automatic; Cancel keeps it', async () => {
    const user = userEvent.setup();
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      teamId = (await api.createTeam({ name: 'Ops' })).id;
    });
    const ready = () => backend.store.snapshot().teams.find((t) => t.id === teamId)!.settings.definitionOfReady;
    const before = ready();
    const region = await screen.findByRole('region', { name: 'Definition of Ready' });
    await user.click(within(region).getByRole('button', { name: 'Remove “Estimated by the team”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove “Estimated by the team”?' });
    expect(dialog).toHaveTextContent(
      '“Estimated by the team” is checked automatically from each item. Removed, it cannot be added back as automatic: an entry typed again is ticked by hand.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(within(region).getByRole('button', { name: 'Remove “Estimated by the team”' })).toHaveFocus(),
    );
    expect(ready()).toEqual(before);
  });
});
