import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

async function twoTeams() {
  const backend = await renderApp('team', async ({ api }) => {
    await api.createTeam({ name: 'Ops' });
    await api.createTeam({ name: 'Network' });
  });
  await screen.findByRole('heading', { name: 'Members of Ops' });
  const teamNamed = (name: string) => backend.store.snapshot().teams.find((t) => t.name === name)!;
  return { teamNamed };
}

/** The Definition of Done's Add entry (the Definition of Ready has one too). */
const addDoneEntry = () =>
  within(screen.getByRole('region', { name: 'Definition of Done' })).getByRole('button', { name: 'Add entry' });

const openTeam = async (user: ReturnType<typeof userEvent.setup>, name: string) => {
  await user.click(screen.getByRole('button', { name: `Open ${name}` }));
  await screen.findByRole('heading', { name: `Members of ${name}` });
};

describe('typed for one team, then another team opened', () => {
  it('a member typed for Ops is not added to Network, and waits for Ops', async () => {
    const user = userEvent.setup();
    const { teamNamed } = await twoTeams();
    await user.type(screen.getByLabelText('Name'), 'Ada');

    await openTeam(user, 'Network');
    expect(screen.getByLabelText('Name')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    expect(await screen.findByText('Name cannot be empty.')).toBeInTheDocument();
    expect(teamNamed('Network').members).toEqual([]);

    await openTeam(user, 'Ops');
    expect(screen.getByLabelText('Name')).toHaveValue('Ada');
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    await waitFor(() => expect(teamNamed('Ops').members.map((m) => m.name)).toEqual(['Ada']));
    expect(teamNamed('Network').members).toEqual([]);
  });

  it('a Definition of Done entry typed for Ops is not added to Network, and waits for Ops', async () => {
    const user = userEvent.setup();
    const { teamNamed } = await twoTeams();
    const entries = (name: string) => teamNamed(name).settings.definitionOfDone.map((e) => e.text);
    const [opsBefore, networkBefore] = [entries('Ops'), entries('Network')];
    await user.type(screen.getByLabelText('New Definition of Done entry'), 'Runbook updated');

    await openTeam(user, 'Network');
    expect(screen.getByLabelText('New Definition of Done entry')).toHaveValue('');
    await user.click(addDoneEntry());
    expect(await screen.findByText('Write the entry first.')).toBeInTheDocument();
    expect(entries('Network')).toEqual(networkBefore);

    await openTeam(user, 'Ops');
    expect(screen.getByLabelText('New Definition of Done entry')).toHaveValue('Runbook updated');
    await user.click(addDoneEntry());
    await waitFor(() => expect(entries('Ops')).toEqual([...opsBefore, 'Runbook updated']));
    expect(entries('Network')).toEqual(networkBefore);
  });

  it('Sprint settings typed for Ops are not saved into Network, and wait for Ops', async () => {
    const user = userEvent.setup();
    const { teamNamed } = await twoTeams();
    const networkBefore = teamNamed('Network').settings;
    const buffer = () => screen.getByLabelText('Interrupt buffer (%)');
    await user.clear(buffer());
    await user.type(buffer(), '95');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Interrupt buffer must be between 0% and 90%.')).toBeInTheDocument();
    await user.clear(buffer());
    await user.type(buffer(), '30');

    await openTeam(user, 'Network');
    expect(buffer()).toHaveValue(String(networkBefore.bufferPercent));
    expect(screen.queryByText('Interrupt buffer must be between 0% and 90%.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(teamNamed('Network').settings).toEqual(networkBefore);

    await openTeam(user, 'Ops');
    expect(buffer()).toHaveValue('30');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(teamNamed('Ops').settings.bufferPercent).toBe(30));
    expect(teamNamed('Network').settings).toEqual(networkBefore);
  });
});
