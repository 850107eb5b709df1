import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

const ENTRIES = [
  { id: 'dor-ac', text: 'Has acceptance criteria', rule: 'has_acceptance_criteria' as const },
  { id: 'dor-size', text: 'Sized by the tema', rule: null },
];

describe('Editing a Definition of Ready entry', () => {
  it('changes its text in place, keeping its id (the items’ ticks), its rule and its place', async () => {
    const user = userEvent.setup();
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      teamId = (await api.createTeam({ name: 'Ops' })).id;
      await api.updateTeamSettings({ teamId, settings: { definitionOfReady: ENTRIES } });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    const region = screen.getByRole('region', { name: 'Definition of Ready' });
    const stored = () => backend.store.snapshot().teams.find((t) => t.id === teamId)?.settings.definitionOfReady;

    await user.click(within(region).getByRole('button', { name: 'Edit “Sized by the tema”' }));
    const field = within(region).getByRole('textbox', { name: 'Text of “Sized by the tema”' });
    // The form gives its field the focus once it is drawn.
    await waitFor(() => expect(field).toHaveFocus());
    await user.clear(field);
    await user.type(field, 'has acceptance criteria ');
    await user.click(within(region).getByRole('button', { name: 'Save entry' }));
    expect(
      await within(region).findByText('The Definition of Ready already has “Has acceptance criteria”.'),
    ).toBeVisible();
    expect(stored()).toEqual(ENTRIES);

    await user.clear(field);
    await user.type(field, 'Sized by the team{Enter}');
    const edit = await within(region).findByRole('button', { name: 'Edit “Sized by the team”' });
    await waitFor(() => expect(edit).toHaveFocus());
    expect(stored()).toEqual([ENTRIES[0], { id: 'dor-size', text: 'Sized by the team', rule: null }]);

    // Escape leaves the entry as it was (once its changed text is discarded), and the focus on its Edit button.
    await user.click(within(region).getByRole('button', { name: 'Edit “Has acceptance criteria”' }));
    await user.type(within(region).getByRole('textbox', { name: 'Text of “Has acceptance criteria”' }), ' (x){Escape}');
    const ask = await screen.findByRole('dialog', {
      name: 'Discard your changes to the entry “Has acceptance criteria”?',
    });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() =>
      expect(within(region).getByRole('button', { name: 'Edit “Has acceptance criteria”' })).toHaveFocus(),
    );
    expect(stored()?.[0]).toEqual(ENTRIES[0]);
  });
});
