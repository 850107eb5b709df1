import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** Planning → Settings stays open while the header's team picker opens another team. */
describe('planning settings typed for one team, then another team opened', { timeout: 40_000 }, () => {
  it('are not saved into the other team, and wait for their own', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('planning', async (b) => {
      await seedPlanning(b);
      const network = await b.api.createTeam({ name: 'Network' });
      await b.api.createSprint({
        teamId: network.id,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      });
    });
    const limitOf = (name: string) =>
      backend.store.snapshot().teams.find((t) => t.name === name)!.settings.changeWindowLimit;
    const networkBefore = limitOf('Network');
    const teamPicker = await screen.findByRole('combobox', { name: 'Team' }, { timeout: 10_000 });
    await waitFor(() => expect(teamPicker).toHaveDisplayValue('Platform'));
    await user.click(await screen.findByRole('button', { name: 'Settings' }, { timeout: 10_000 }));
    const field = () => screen.getByLabelText('Items per change window');
    await user.clear(field());
    await user.type(field(), '5');

    await user.selectOptions(teamPicker, 'Network');
    await waitFor(() => expect(field()).toHaveValue(String(networkBefore)));
    await user.click(screen.getByRole('button', { name: 'Save planning settings' }));
    await screen.findByText('Planning settings saved.');
    expect(limitOf('Network')).toBe(networkBefore);

    await user.selectOptions(teamPicker, 'Platform');
    await waitFor(() => expect(field()).toHaveValue('5'));
    await user.click(screen.getByRole('button', { name: 'Save planning settings' }));
    await waitFor(() => expect(limitOf('Platform')).toBe(5));
    expect(limitOf('Network')).toBe(networkBefore);
  });
});
