import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';
import { openStandupSettings } from './open-settings';
import { fakeAudio, inOvertime } from './chime-fixtures';

const clock = () => screen.getByRole('timer', { name: 'Time left for this speaker' });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('standup chime and settings', { timeout: 20_000 }, () => {
  it('resumes a running standup in overtime, shown plainly, and chimes once', async () => {
    const tones = fakeAudio();
    const doc = boardTeam();
    await renderApp('standup', seedWith({ ...doc, standups: [inOvertime(doc)] }));
    const timer = await screen.findByRole('timer', { name: 'Time left for this speaker' }, { timeout: 10_000 });
    expect(timer.textContent).toMatch(/^\+0:1\d$/);
    expect(screen.getByText('Overtime')).toBeInTheDocument();
    await vi.waitFor(() => expect(tones.length).toBeGreaterThan(0));
    // One two-note chime, not one per render.
    expect(tones).toEqual([880, 660]);
  });

  it('chimes once for a timebox run out: not again on coming back to the timer, nor when 30 s do not cover it', async () => {
    const tones = fakeAudio();
    const doc = boardTeam();
    // 50 s over: added 30 s still leave the speaker over time.
    await renderApp('standup', seedWith({ ...doc, standups: [inOvertime(doc, 140_000)] }));
    await screen.findByText('Overtime', undefined, { timeout: 10_000 });
    await vi.waitFor(() => expect(tones).toEqual([880, 660]));
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('tab', { name: 'Board' }));
    await user.click(screen.getByRole('tab', { name: /Standup timer/ }));
    await screen.findByText('Overtime');
    expect(tones).toEqual([880, 660]);

    // The clock's seconds as shown, negative in overtime ("+0:52" is 52 s over: -52).
    const shown = () => {
      const [minutes, seconds] = (clock().textContent ?? '').replace('+', '').split(':').map(Number);
      return (clock().textContent?.startsWith('+') ? -1 : 1) * ((minutes ?? 0) * 60 + (seconds ?? 0));
    };
    const before = shown();
    await user.click(screen.getByRole('button', { name: /Add 30 s/ }));
    await waitFor(() => expect(shown()).toBeGreaterThan(before + 20));
    expect(screen.getByText('Overtime')).toBeInTheDocument();
    expect(tones).toEqual([880, 660]);
  });

  it('chimes when the timebox runs out while the Board tab is shown, and not again on coming back', async () => {
    const tones = fakeAudio();
    const doc = boardTeam();
    // 1.5 s of Ada's 90 s left.
    await renderApp('standup', seedWith({ ...doc, standups: [inOvertime(doc, 88_500)] }));
    await screen.findByRole('timer', { name: 'Time left for this speaker' }, { timeout: 10_000 });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('tab', { name: 'Board' }));
    expect(tones).toEqual([]);
    // The scrum master walks the board while Ada speaks: her timebox runs out meanwhile, and the room hears it.
    await vi.waitFor(() => expect(tones).toEqual([880, 660]), { timeout: 5000 });
    await user.click(screen.getByRole('tab', { name: /Standup timer/ }));
    await screen.findByText('Overtime');
    expect(tones).toEqual([880, 660]);
  });

  it('stays silent when the chime is off', async () => {
    const tones = fakeAudio();
    const doc = boardTeam();
    const quiet = { ...doc, settings: { ...doc.settings, standupChime: false } };
    await renderApp('standup', seedWith({ ...quiet, standups: [inOvertime(quiet)] }));
    await screen.findByText('Overtime', undefined, { timeout: 10_000 });
    expect(tones).toEqual([]);
  });

  it('saves the timeboxes and renamed columns, and refuses a timebox out of range', async () => {
    const { user, doc, backend, form } = await openStandupSettings();
    const speaker = within(form).getByLabelText('Per-speaker timebox (seconds)');
    await user.clear(speaker);
    await user.type(speaker, '5');
    await user.click(within(form).getByRole('button', { name: 'Save standup settings' }));
    expect(await within(form).findByText('Give each speaker at least 15 seconds.')).toBeInTheDocument();
    expect((await backend.api.getTeam({ teamId: doc.id })).settings.standupSpeakerSeconds).toBe(90);

    await user.clear(speaker);
    await user.type(speaker, '60');
    const review = within(form).getByLabelText('Review column name');
    await user.clear(review);
    await user.type(review, 'Peer review');
    await user.selectOptions(within(form).getByLabelText('Speaking order'), 'alphabetical');
    await user.click(within(form).getByRole('button', { name: 'Save standup settings' }));
    await screen.findByText('Standup settings saved.');
    const saved = (await backend.api.getTeam({ teamId: doc.id })).settings;
    expect(saved).toMatchObject({ standupSpeakerSeconds: 60, standupOrder: 'alphabetical' });
    expect(saved.boardColumnNames.review).toBe('Peer review');

    await user.click(screen.getByRole('tab', { name: 'Board' }));
    expect(await screen.findByRole('list', { name: 'Planned: Peer review, 1 card' })).toBeInTheDocument();
  });
});
