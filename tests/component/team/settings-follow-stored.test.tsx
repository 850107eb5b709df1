import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TeamSettings } from '../../../src/domain/team/schema';
import { useAppStore } from '../../../renderer/store';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';
import { openPlanning } from '../planning/seed';
import { renderRetro } from '../retro/seed';
import { openStandupSettings } from '../standup/open-settings';

/**
 * A settings form open while the team's settings change elsewhere (a sync pulled in, another window): a field
 * the person has not touched shows the stored value as it now is; a field they typed into keeps what they typed.
 */
async function changedElsewhere(backend: InProcessApi, teamId: string, settings: Partial<TeamSettings>) {
  await backend.api.updateTeamSettings({ teamId, settings });
  // The screen learns of it as after a sync that pulled commits: the open team is read again.
  await act(() => useAppStore.getState().selectTeam(teamId));
}

const settingsOf = (backend: InProcessApi, teamId: string) =>
  backend.store.snapshot().teams.find((t) => t.id === teamId)?.settings;

describe('settings forms follow the stored value of a field not touched', () => {
  it('Sprint settings on the Team screen', async () => {
    const user = userEvent.setup();
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      teamId = (await api.createTeam({ name: 'Platform SRE' })).id;
    });
    await screen.findByRole('heading', { name: 'Members of Platform SRE' });
    const length = screen.getByLabelText('Sprint length (working days)');
    await user.clear(length);
    await user.type(length, '12');

    await changedElsewhere(backend, teamId, { bufferPercent: 35, sprintLengthDays: 15, pointScale: 'tshirt' });

    expect(screen.getByLabelText('Interrupt buffer (%)')).toHaveValue('35');
    expect(screen.getByLabelText('Point scale')).toHaveDisplayValue(/T-shirt/i);
    expect(length).toHaveValue('12');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(settingsOf(backend, teamId)).toMatchObject({
      sprintLengthDays: 12,
      bufferPercent: 35,
      pointScale: 'tshirt',
    });
    // Saved, the field follows the stored value again.
    await changedElsewhere(backend, teamId, { sprintLengthDays: 5 });
    expect(length).toHaveValue('5');
  });

  it('Planning settings', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await openPlanning();
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const window = screen.getByLabelText('Items per change window');
    await user.clear(window);
    await user.type(window, '3');

    await changedElsewhere(backend, seeded.teamId, { bufferPercent: 30, changeWindowLimit: 4 });

    expect(screen.getByLabelText('Interrupt buffer (%)')).toHaveValue('30');
    expect(window).toHaveValue('3');
  });

  it('Voting rules in a retro', async () => {
    const user = userEvent.setup();
    const seeded = await renderRetro('vote');
    const perCard = await screen.findByLabelText('Max votes per card');
    await user.clear(perCard);
    await user.type(perCard, '2');

    await changedElsewhere(seeded.backend, seeded.teamId, { retroVotesPerPerson: 9, retroMaxVotesPerCard: 4 });

    expect(screen.getByLabelText('Votes per person')).toHaveValue('9');
    expect(perCard).toHaveValue('2');
  });

  it('Standup settings', async () => {
    const { user, doc, backend, form } = await openStandupSettings();
    const speaker = within(form).getByLabelText('Per-speaker timebox (seconds)');
    await user.clear(speaker);
    await user.type(speaker, '60');

    await changedElsewhere(backend, doc.id, {
      standupSpeakerSeconds: 120,
      standupTotalMinutes: 20,
      boardColumnNames: { ...doc.settings.boardColumnNames, review: 'Peer review' },
    });

    expect(within(form).getByLabelText('Standup timebox (minutes)')).toHaveValue('20');
    expect(within(form).getByLabelText('Review column name')).toHaveValue('Peer review');
    expect(speaker).toHaveValue('60');
  });
});
