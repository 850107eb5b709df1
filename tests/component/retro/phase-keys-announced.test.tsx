import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const button = (name: string) => screen.getByRole('button', { name });
const phaseHeading = (name: string) => screen.findByRole('heading', { level: 3, name });
/** The keys a control announces (`aria-keyshortcuts`), as user-event types them (`[` is written `[[`). */
const keysOf = (control: HTMLElement) =>
  (control.getAttribute('aria-keyshortcuts') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((key) => (key.length > 1 ? `{${key}}` : key === '[' ? '[[' : key));

describe('the retro’s phase and timer controls announce every key that does what they do', () => {
  it('Next phase and Previous phase list ] and PageDown, [ and PageUp, and each key listed steps the phase', async () => {
    await renderRetro('facts');
    const user = userEvent.setup();
    await phaseHeading('Sprint facts');
    expect(button('Next phase →')).toHaveAttribute('aria-keyshortcuts', '] PageDown');
    expect(button('← Previous phase')).toHaveAttribute('aria-keyshortcuts', '[ PageUp');

    for (const key of keysOf(button('Next phase →'))) {
      await user.keyboard(key);
      await phaseHeading('Write');
      await user.keyboard('{PageUp}');
      await phaseHeading('Sprint facts');
    }
    for (const key of keysOf(button('← Previous phase'))) {
      await user.keyboard(key);
      await phaseHeading('Open actions');
      await user.keyboard('{PageDown}');
      await phaseHeading('Sprint facts');
    }
  });

  it('the timer’s Start, Pause and Resume list T, and T does what the button shows', async () => {
    await renderRetro('write');
    const user = userEvent.setup();
    await phaseHeading('Write');
    const start = button('Start write timer');
    expect(start).toHaveAttribute('aria-keyshortcuts', 'T');
    await user.keyboard(keysOf(start).join(''));
    const pause = await screen.findByRole('button', { name: 'Pause write timer' });
    expect(pause).toHaveAttribute('aria-keyshortcuts', 'T');
    await user.keyboard(keysOf(pause).join(''));
    expect(await screen.findByRole('button', { name: 'Resume write timer' })).toHaveAttribute('aria-keyshortcuts', 'T');
  });
});
