import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

/** A member's focus is their hours per day ÷ the team's standard day (Planning), which need not be 6. */
describe('the Hours per day field of a team whose standard day is 8 hours', () => {
  it('calls 8 hours a full day, and a new member starts with a full day', async () => {
    await renderApp('team', async ({ api }) => {
      const team = await api.createTeam({ name: 'Ops' });
      await api.updateTeamSettings({ teamId: team.id, settings: { standardDayHours: 8 } });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    const hours = screen.getByLabelText('Hours per day');
    expect(hours).toHaveAccessibleDescription(
      'Focus time for sprint work; 8 is a full day (Standard day, in Planning settings).',
    );
    expect(hours).toHaveValue('8');
  });
});
