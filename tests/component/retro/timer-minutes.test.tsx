import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('a phase timer’s minutes read typed numbers as every other number field does', () => {
  it('refuses "0x10", an empty field and "300" with a message and starts nothing', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const minutes = await screen.findByLabelText('Write minutes', {}, { timeout: 5000 });
    for (const [text, message] of [
      ['0x10', 'Write minutes must be a number, such as 1200, 1,200 or 1200.5.'],
      ['', 'Write minutes must be a number, such as 1200, 1,200 or 1200.5.'],
      ['0', 'Write minutes must be more than 0.'],
      ['300', 'A timer runs for at most 4 hours.'],
    ] as const) {
      await user.clear(minutes);
      if (text) await user.type(minutes, text);
      await user.click(screen.getByRole('button', { name: 'Start write timer' }));
      expect(await screen.findByText(message), text).toBeInTheDocument();
      expect(minutes).toHaveValue(text);
      expect(minutes).toHaveAttribute('aria-invalid', 'true');
      expect(s.retro().timers.write, text).toBeUndefined();
    }
  });

  it('starts "2,5" minutes as two and a half', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const minutes = await screen.findByLabelText('Write minutes', {}, { timeout: 5000 });
    await user.clear(minutes);
    await user.type(minutes, '2,5');
    await user.click(screen.getByRole('button', { name: 'Start write timer' }));
    await waitFor(() => expect(s.retro().timers.write?.durationMs).toBe(150_000));
  });
});
