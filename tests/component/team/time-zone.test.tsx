import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import { renderApp } from '../render-app';

/** The team's time zone: the machine's when the team is made, shown and changed on the Team screen. */
const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('the team time zone', () => {
  it("starts as the machine's zone and is changed on the Team screen's settings", async () => {
    process.env.TZ = 'Pacific/Auckland';
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    const zone = await screen.findByRole('combobox', { name: 'Team time zone' });
    expect(zone).toHaveValue('Pacific/Auckland');
    const stored = () => (backend.store.snapshot().teams[0] as TeamDoc).settings;
    expect(stored().timeZone).toBe('Pacific/Auckland');

    await user.selectOptions(zone, 'America/Los_Angeles');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(stored().timeZone).toBe('America/Los_Angeles'));
    expect(stored().definitionOfDone).toHaveLength(5);
  });
});
