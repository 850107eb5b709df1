import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

describe('an entry the Definition of Done already has', () => {
  it('is refused with a message naming it (any case, outer spaces), keeping what was typed', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      const team = await api.createTeam({ name: 'Ops' });
      const entries = [{ id: 'runbook', text: 'Runbook updated', rule: null }];
      await api.updateTeamSettings({ teamId: team.id, settings: { definitionOfDone: entries } });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    const region = screen.getByRole('region', { name: 'Definition of Done' });
    const field = within(region).getByLabelText('New Definition of Done entry');
    await user.type(field, ' runbook UPDATED ');
    await user.click(within(region).getByRole('button', { name: 'Add entry' }));

    await waitFor(() =>
      expect(field).toHaveAccessibleDescription('The Definition of Done already has “Runbook updated”.'),
    );
    expect(field).toHaveValue(' runbook UPDATED ');
    await waitFor(() => expect(field).toHaveFocus());
    const saved = () => backend.store.snapshot().teams[0]!.settings.definitionOfDone.map((e) => e.text);
    expect(saved()).toEqual(['Runbook updated']);
    expect(within(region).getAllByRole('button', { name: 'Remove “Runbook updated”' })).toHaveLength(1);
  });
});
