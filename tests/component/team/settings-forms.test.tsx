import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TeamSettings } from '../../../src/domain/team/schema';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';
import { openPlanning } from '../planning/seed';
import { renderRetro } from '../retro/seed';

/** Settings no form on the Team screen shows, set away from their defaults. */
const CUSTOM: Partial<TeamSettings> = {
  sprintLengthDays: 15,
  onCallLoadPercent: 30,
  velocityWindow: 5,
  standupSpeakerSeconds: 120,
  standupOrder: 'alphabetical',
  retroVotesPerPerson: 7,
};

async function customise(api: InProcessApi['api'], teamId: string): Promise<TeamSettings> {
  return api.updateTeamSettings({ teamId, settings: CUSTOM });
}

const settingsOf = (backend: InProcessApi, teamId: string) =>
  backend.store.snapshot().teams.find((t) => t.id === teamId)?.settings;

describe('every settings form changes only what it shows', () => {
  it('"Save settings" on the Team screen with nothing changed keeps both Definitions and every other setting', async () => {
    const user = userEvent.setup();
    let before: TeamSettings | undefined;
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      const team = await api.createTeam({ name: 'Platform SRE' });
      teamId = team.id;
      before = await customise(api, team.id);
    });
    await screen.findByRole('heading', { name: 'Members of Platform SRE' });
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(before?.definitionOfReady).toHaveLength(5);
    expect(settingsOf(backend, teamId)).toEqual(before);
  });

  it('a setting changed elsewhere while the form is open (a sync) is not written back by saving another field', async () => {
    const user = userEvent.setup();
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      teamId = (await api.createTeam({ name: 'Platform SRE' })).id;
    });
    await screen.findByRole('heading', { name: 'Members of Platform SRE' });
    expect(screen.getByLabelText('Interrupt buffer (%)')).toHaveValue('20');
    // As a sync from a teammate's machine brings it, after the form opened.
    await backend.api.updateTeamSettings({ teamId, settings: { bufferPercent: 35 } });
    const length = screen.getByLabelText('Sprint length (working days)');
    await user.clear(length);
    await user.type(length, '12');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(settingsOf(backend, teamId)).toMatchObject({ sprintLengthDays: 12, bufferPercent: 35 });
  });

  it('a second save sends what changed since the first', async () => {
    const user = userEvent.setup();
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      teamId = (await api.createTeam({ name: 'Platform SRE' })).id;
    });
    await screen.findByRole('heading', { name: 'Members of Platform SRE' });
    const buffer = screen.getByLabelText('Interrupt buffer (%)');
    await user.clear(buffer);
    await user.type(buffer, '30');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await expect.poll(() => settingsOf(backend, teamId)?.bufferPercent).toBe(30);
    await user.clear(buffer);
    await user.type(buffer, '20');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await expect.poll(() => settingsOf(backend, teamId)?.bufferPercent).toBe(20);
  });

  it('adding a Definition of Ready entry leaves the Definition of Done alone', async () => {
    const user = userEvent.setup();
    let before: TeamSettings | undefined;
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      const team = await api.createTeam({ name: 'Platform SRE' });
      teamId = team.id;
      before = await customise(api, team.id);
    });
    await screen.findByRole('heading', { name: 'Members of Platform SRE' });
    await user.type(screen.getByLabelText('New Definition of Ready entry'), 'Change ticket raised');
    await user.click(
      within(screen.getByRole('region', { name: 'Definition of Ready' })).getByRole('button', { name: 'Add entry' }),
    );
    await screen.findByText('Change ticket raised');
    const after = settingsOf(backend, teamId);
    expect(after?.definitionOfReady.map((e) => e.text)).toEqual([
      ...(before?.definitionOfReady.map((e) => e.text) ?? []),
      'Change ticket raised',
    ]);
    expect(after).toEqual({ ...before, definitionOfReady: after?.definitionOfReady });
  });

  it('"Save planning settings" keeps the 15-day sprint and both Definitions', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await openPlanning();
    // Set after the form opened, so only fields the planning form does not show.
    const before = await backend.api.updateTeamSettings({
      teamId: seeded.teamId,
      settings: { sprintLengthDays: 15, standupOrder: 'alphabetical', retroVotesPerPerson: 7 },
    });
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const buffer = screen.getByLabelText('Interrupt buffer (%)');
    await user.clear(buffer);
    await user.type(buffer, '25');
    await user.click(screen.getByRole('button', { name: 'Save planning settings' }));
    await screen.findByText('Planning settings saved.');
    expect(settingsOf(backend, seeded.teamId)).toEqual({ ...before, bufferPercent: 25 });
  });

  it('"Save voting rules" in a retro changes the two rules and nothing else', async () => {
    const user = userEvent.setup();
    const seeded = await renderRetro('vote');
    const before = settingsOf(seeded.backend, seeded.teamId);
    const perCard = await screen.findByLabelText('Max votes per card');
    await user.clear(perCard);
    await user.type(perCard, '2');
    await user.click(screen.getByRole('button', { name: 'Save voting rules' }));
    await expect.poll(() => settingsOf(seeded.backend, seeded.teamId)?.retroMaxVotesPerCard).toBe(2);
    expect(settingsOf(seeded.backend, seeded.teamId)).toEqual({ ...before, retroMaxVotesPerCard: 2 });
    expect(before?.definitionOfDone.length).toBeGreaterThan(0);
  });
});
