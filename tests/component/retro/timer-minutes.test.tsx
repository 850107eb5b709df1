import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** Types `text` in the Write timer's minutes (an empty text leaves the field empty). */
async function typeMinutes(text: string) {
  const user = userEvent.setup();
  const minutes = await screen.findByLabelText('Write minutes', {}, { timeout: 5000 });
  await user.clear(minutes);
  if (text) await user.type(minutes, text);
  return { user, minutes };
}

/** T, once the focus has left the field (in the field, T is a letter typed). */
async function pressT(user: UserEvent) {
  await user.click(screen.getByRole('heading', { level: 3, name: 'Write' }));
  await user.keyboard('t');
}

/** The two ways to start a phase timer: its button, and the T key. */
const STARTS: [string, (user: UserEvent) => Promise<void>][] = [
  ['its button', (user) => user.click(screen.getByRole('button', { name: 'Start write timer' }))],
  ['T', pressT],
];

describe.each(STARTS)(
  'a phase timer started with %s reads the minutes typed as every number field does',
  (_, start) => {
    it('refuses "0x10", an empty field, "0" and "300" with the field’s message and starts nothing', async () => {
      const s = await renderRetro('write');
      for (const [text, message] of [
        ['0x10', 'Write minutes must be a number, such as 1200, 1,200 or 1200.5.'],
        ['', 'Write minutes must be a number, such as 1200, 1,200 or 1200.5.'],
        ['0', 'Write minutes must be more than 0.'],
        ['300', 'A timer runs for at most 4 hours.'],
      ] as const) {
        const { user, minutes } = await typeMinutes(text);
        await start(user);
        expect(await screen.findByText(message), text).toBeInTheDocument();
        expect(minutes).toHaveValue(text);
        expect(minutes).toHaveAttribute('aria-invalid', 'true');
        expect(s.retro().timers.write, text).toBeUndefined();
      }
    });

    it('starts "2,5" minutes as two and a half', async () => {
      const s = await renderRetro('write');
      const { user } = await typeMinutes('2,5');
      await start(user);
      await waitFor(() => expect(s.retro().timers.write?.durationMs).toBe(150_000));
    });
  },
);

describe('T and the phase timer', () => {
  it('starts 3 typed minutes, not the phase’s default 7', async () => {
    const s = await renderRetro('write');
    const { user } = await typeMinutes('3');
    await pressT(user);
    await screen.findByRole('button', { name: 'Pause write timer' });
    expect(s.retro().timers.write).toMatchObject({ durationMs: 180_000, startedAt: expect.any(String) });
  });

  it('still pauses and resumes a running timer, keeping its length', async () => {
    const s = await renderRetro('write');
    const { user } = await typeMinutes('4');
    await pressT(user);
    await screen.findByRole('button', { name: 'Pause write timer' });
    await user.keyboard('t');
    await screen.findByRole('button', { name: 'Resume write timer' });
    expect(s.retro().timers.write).toMatchObject({ durationMs: 240_000, startedAt: null });
    await user.keyboard('t');
    await screen.findByRole('button', { name: 'Pause write timer' });
    expect(s.retro().timers.write).toMatchObject({ durationMs: 240_000, startedAt: expect.any(String) });
  });
});

describe('Reset of a phase timer', () => {
  it('hands the focus to its Start button, not to the page, and keeps the length', async () => {
    const s = await renderRetro('write');
    const { user } = await typeMinutes('4');
    await user.click(screen.getByRole('button', { name: 'Start write timer' }));
    (await screen.findByRole('button', { name: 'Reset write timer' })).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(s.retro().timers.write).toMatchObject({ durationMs: 240_000, startedAt: null }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start write timer' })).toHaveFocus());
    expect(screen.getByLabelText('Write minutes')).toHaveValue('4');
  });
});
