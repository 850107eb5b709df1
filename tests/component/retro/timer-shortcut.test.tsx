import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** Types `text` in the Write timer's minutes and leaves the field, so T is a shortcut again. */
async function typeMinutes(text: string) {
  const user = userEvent.setup();
  const minutes = await screen.findByLabelText('Write minutes', {}, { timeout: 5000 });
  await user.clear(minutes);
  if (text) await user.type(minutes, text);
  await user.click(screen.getByRole('heading', { level: 3, name: 'Write' }));
  return { user, minutes };
}

describe('T starts the phase timer with the minutes typed, as the Start button does', () => {
  it('starts 3 typed minutes, not the phase’s default 7', async () => {
    const s = await renderRetro('write');
    const { user } = await typeMinutes('3');
    await user.keyboard('t');
    await screen.findByRole('button', { name: 'Pause write timer' });
    expect(s.retro().timers.write).toMatchObject({ durationMs: 180_000, startedAt: expect.any(String) });
  });

  it('reads "2,5" as two and a half minutes', async () => {
    const s = await renderRetro('write');
    const { user } = await typeMinutes('2,5');
    await user.keyboard('T');
    await waitFor(() => expect(s.retro().timers.write?.durationMs).toBe(150_000));
  });

  it('shows the field’s message and starts nothing for "0x10", an empty field, "0" and "300"', async () => {
    const s = await renderRetro('write');
    for (const [text, message] of [
      ['0x10', 'Write minutes must be a number, such as 1200, 1,200 or 1200.5.'],
      ['', 'Write minutes must be a number, such as 1200, 1,200 or 1200.5.'],
      ['0', 'Write minutes must be more than 0.'],
      ['300', 'A timer runs for at most 4 hours.'],
    ] as const) {
      const { user, minutes } = await typeMinutes(text);
      await user.keyboard('t');
      expect(await screen.findByText(message), text).toBeInTheDocument();
      expect(minutes).toHaveValue(text);
      expect(minutes).toHaveAttribute('aria-invalid', 'true');
      expect(s.retro().timers.write, text).toBeUndefined();
    }
  });

  it('still pauses and resumes a running timer, keeping its length', async () => {
    const s = await renderRetro('write');
    const { user } = await typeMinutes('4');
    await user.keyboard('t');
    await screen.findByRole('button', { name: 'Pause write timer' });
    await user.keyboard('t');
    await screen.findByRole('button', { name: 'Resume write timer' });
    expect(s.retro().timers.write).toMatchObject({ durationMs: 240_000, startedAt: null });
    await user.keyboard('t');
    await screen.findByRole('button', { name: 'Pause write timer' });
    expect(s.retro().timers.write).toMatchObject({ durationMs: 240_000, startedAt: expect.any(String) });
  });
});
