import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TeamSettings } from '../../../src/domain/team/schema';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';
import { openPlanning } from '../planning/seed';
import { openStandupSettings } from '../standup/open-settings';

// The screens load lazily and every save is a round trip to a real store; a shared machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const settingsOf = (backend: InProcessApi, teamId: string): TeamSettings | undefined =>
  backend.store.snapshot().teams.find((t) => t.id === teamId)?.settings;

type User = ReturnType<typeof userEvent.setup>;

async function enter(user: User, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text) await user.type(field, text);
}

/**
 * Each refused text: the form's message for the field, what was typed stays for the person to fix, the field is
 * marked, and nothing is saved.
 */
async function expectRefused(
  user: User,
  field: HTMLElement,
  submit: HTMLElement,
  cases: readonly (readonly [string, string])[],
  saved: () => unknown,
) {
  const before = saved();
  for (const [text, message] of cases) {
    await enter(user, field, text);
    await user.click(submit);
    expect(await screen.findByText(message), text).toBeInTheDocument();
    expect(field, text).toHaveValue(text);
    expect(field, text).toHaveAttribute('aria-invalid', 'true');
    expect(saved(), text).toEqual(before);
  }
}

describe('the settings forms read typed numbers as every other number field does', () => {
  it('Sprint settings on the Team screen: "2,5" % buffer and " 15 " days save; "0x10", "2,5" days and "1e3" % are refused', async () => {
    const user = userEvent.setup();
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      teamId = (await api.createTeam({ name: 'Ops' })).id;
    });
    await screen.findByRole('heading', { name: 'Members of Ops' }, { timeout: 10_000 });
    const form = screen.getByRole('region', { name: 'Sprint settings' });
    const length = within(form).getByLabelText('Sprint length (working days)');
    const buffer = within(form).getByLabelText('Interrupt buffer (%)');
    const save = within(form).getByRole('button', { name: 'Save settings' });
    await expectRefused(
      user,
      length,
      save,
      [
        ['0x10', 'Sprint length must be a number of working days.'],
        ['', 'Sprint length must be a number of working days.'],
        ['2,5', 'Sprint length must be a whole number of working days.'],
        ['1,000', 'Sprint length cannot exceed 60 working days.'],
      ],
      () => settingsOf(backend, teamId),
    );
    await enter(user, length, ' 15 ');
    await expectRefused(user, buffer, save, [['1e3', 'Interrupt buffer must be a number.']], () =>
      settingsOf(backend, teamId),
    );
    await enter(user, buffer, '2,5');
    await user.click(save);
    await screen.findByText('Settings saved.');
    expect(settingsOf(backend, teamId)).toMatchObject({ sprintLengthDays: 15, bufferPercent: 2.5 });
    expect(buffer).toHaveValue('2,5');
  });

  it('a member’s Hours per day: "2,5" saves 2.5; "1,000" and "1e3" are refused', async () => {
    const user = userEvent.setup();
    let teamId = '';
    const backend = await renderApp('team', async ({ api }) => {
      teamId = (await api.createTeam({ name: 'Ops' })).id;
    });
    await screen.findByRole('heading', { name: 'Members of Ops' }, { timeout: 10_000 });
    const members = () => backend.store.snapshot().teams.find((t) => t.id === teamId)?.members;
    await user.type(screen.getByLabelText('Name'), 'Asha');
    const hours = screen.getByLabelText('Hours per day');
    await expectRefused(
      user,
      hours,
      screen.getByRole('button', { name: 'Add member' }),
      [
        ['1,000', 'Hours per day cannot exceed 24.'],
        ['1e3', 'Hours per day must be a number.'],
        ['0x10', 'Hours per day must be a number.'],
      ],
      members,
    );
    await enter(user, hours, '2,5');
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    await waitFor(() => expect(members()).toEqual([expect.objectContaining({ name: 'Asha', hoursPerDay: 2.5 })]));
  });

  it('Standup settings: " 120 " seconds and "20,0" minutes save; "1,000" seconds and "2,5" minutes are refused', async () => {
    const { user, doc, backend, form } = await openStandupSettings();
    const speaker = within(form).getByLabelText('Per-speaker timebox (seconds)');
    const total = within(form).getByLabelText('Standup timebox (minutes)');
    const save = within(form).getByRole('button', { name: 'Save standup settings' });
    await expectRefused(
      user,
      speaker,
      save,
      [
        ['1,000', 'A speaker timebox cannot exceed 15 minutes (900 seconds).'],
        ['0x10', 'The per-speaker timebox must be a number of seconds.'],
      ],
      () => settingsOf(backend, doc.id),
    );
    await enter(user, speaker, ' 120 ');
    await expectRefused(user, total, save, [['2,5', 'The standup timebox is a whole number of minutes.']], () =>
      settingsOf(backend, doc.id),
    );
    await enter(user, total, '20,0');
    await user.click(save);
    await screen.findByText('Standup settings saved.');
    expect(settingsOf(backend, doc.id)).toMatchObject({ standupSpeakerSeconds: 120, standupTotalMinutes: 20 });
  });

  it('Planning settings: "7,5" hours and "0,5" points save; "0x10" sprints and "1,000" items are refused', async () => {
    const user = userEvent.setup();
    const { seeded, backend } = await openPlanning();
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const save = screen.getByRole('button', { name: 'Save planning settings' });
    const saved = () => settingsOf(backend, seeded.teamId);
    await expectRefused(
      user,
      screen.getByLabelText('Velocity window (sprints)'),
      save,
      [
        ['0x10', 'The velocity window must be a number of sprints.'],
        ['2,5', 'The velocity window is a whole number of sprints.'],
      ],
      saved,
    );
    await enter(user, screen.getByLabelText('Velocity window (sprints)'), '4');
    await expectRefused(
      user,
      screen.getByLabelText('Items per change window'),
      save,
      [
        ['1,000', 'A change window takes at most 50 items.'],
        ['', 'Items per change window must be a number.'],
      ],
      saved,
    );
    await enter(user, screen.getByLabelText('Items per change window'), '3');
    await enter(user, screen.getByLabelText('Standard day (hours)'), '7,5');
    await enter(user, screen.getByLabelText('Starting points per person-day'), '0,5');
    await user.click(save);
    await screen.findByText('Planning settings saved.');
    expect(saved()).toMatchObject({
      velocityWindow: 4,
      changeWindowLimit: 3,
      standardDayHours: 7.5,
      startingPointsPerPersonDay: 0.5,
    });
  });
});
