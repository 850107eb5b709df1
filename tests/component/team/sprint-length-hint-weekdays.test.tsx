import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

/** The sprint length is counted in working days: how many make two weeks depends on the days ticked. */
describe('the Sprint length hint', () => {
  it('counts two weeks in the working days ticked', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      const team = await api.createTeam({ name: 'Ops' });
      await api.updateTeamSettings({ teamId: team.id, settings: { workingDays: [1, 2, 3, 4] } });
    });
    const length = await screen.findByLabelText('Sprint length (working days)');
    expect(length).toHaveAccessibleDescription('8 working days is two weeks.');
    await user.click(screen.getByRole('checkbox', { name: 'Friday' }));
    expect(length).toHaveAccessibleDescription('10 working days is two weeks.');
  });
});
