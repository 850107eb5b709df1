import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('the burndown of a team that does not work every weekday', { timeout: 20_000 }, () => {
  it('does not call a weekday the team does not work a weekend', async () => {
    const doc = boardTeam();
    // A four-day week: Monday to Thursday.
    doc.settings.workingDays = [1, 2, 3, 4];
    await renderApp('standup', seedWith(doc));
    const table = await screen.findByRole('table', { name: 'Burndown by day' }, { timeout: 10_000 });
    expect(within(table).getByRole('rowheader', { name: /^Fri 27\s*\(not a working day\)$/ })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: /^Sat 28\s*\(weekend\)$/ })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Thu 26' })).toBeInTheDocument();
    expect(screen.getByText(/^Committed/)).toHaveTextContent(/flat on weekends, other days the team does not work/);
  });
});
