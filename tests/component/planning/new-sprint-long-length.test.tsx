import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { teamOf } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * A team working four days a week with a sprint length of 60 working days was offered dates 15 weeks apart, and
 * Create sprint refused them ("A sprint can last at most 92 days"). The dates offered fit, and the form says why
 * they hold fewer working days than the sprint length.
 */
describe('a new sprint for a long sprint length over a short week', { timeout: 30_000 }, () => {
  it('is offered dates that fit, says why they are shorter, and is created with them', async () => {
    let teamId = '';
    const backend = await renderApp('planning', async (b) => {
      const team = await b.api.createTeam({ name: 'Platform' });
      teamId = team.id;
      await b.api.updateTeamSettings({ teamId, settings: { workingDays: [1, 2, 3, 4], sprintLengthDays: 60 } });
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Create the first sprint' }, { timeout: 10_000 }));
    const form = await screen.findByRole('dialog', { name: 'New sprint' });
    expect(
      within(form).getByText(/^Offered \d+ working days, not 60: a sprint can last at most 92 days\./),
    ).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Create sprint' }));
    await waitFor(() => expect(teamOf(backend, teamId)?.sprints).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText(/can last at most 92 days/)).not.toBeInTheDocument();
  });
});
