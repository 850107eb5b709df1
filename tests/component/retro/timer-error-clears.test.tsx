import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('a phase timer’s minutes refused', () => {
  it('loses its message once the minutes are typed again, as every field’s does', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const minutes = await screen.findByLabelText('Write minutes', {}, { timeout: 5000 });
    await user.clear(minutes);
    await user.type(minutes, '0');
    await user.click(screen.getByRole('button', { name: 'Start write timer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Write minutes must be more than 0.');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');

    await user.clear(minutes);
    await user.type(minutes, '5');
    expect(screen.queryByText('Write minutes must be more than 0.')).toBeNull();
    expect(minutes).toHaveAttribute('aria-invalid', 'false');
    expect(minutes).not.toHaveAccessibleDescription();
    expect(s.retro().timers.write).toBeUndefined();
  });
});
