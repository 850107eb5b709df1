import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

afterEach(() => localStorage.clear());

describe('discuss phase: the phase timer and the topic timer', () => {
  it('each name their chime, and turning it on for one shows it on for both (one setting)', async () => {
    await renderRetro('discuss', {
      prepare: (x) => addCards(x, [['alerts', 'Disk alerts are noise']]).then(() => undefined),
    });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 1/ }, { timeout: 15000 });
    const topic = await screen.findByRole('checkbox', { name: 'Chime at zero (topic timer)' }, { timeout: 15000 });
    const phase = screen.getByRole('checkbox', { name: 'Chime at zero (discuss timer)' });
    expect(topic).not.toBeChecked();
    await user.click(topic);
    expect(topic).toBeChecked();
    expect(phase).toBeChecked();
    await user.click(phase);
    expect(topic).not.toBeChecked();
  });
});
