import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const THREE: [string, string][] = [
  ['alerts', 'Disk alerts are noise'],
  ['interrupts', 'DNS ate two days'],
  ['stories', 'No acceptance criteria'],
];

describe('discuss phase: leaving the phase and coming back', () => {
  it('comes back to the topic the team was on, not to topic 1', async () => {
    await renderRetro('discuss', { prepare: (x) => addCards(x, THREE).then(() => undefined) });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 3: Disk alerts are noise/ });
    await user.click(screen.getByRole('button', { name: 'Next topic' }));
    await screen.findByRole('heading', { level: 4, name: /Topic 2 of 3: DNS ate two days/ });

    // A look back at the votes, and on to Discuss again.
    await user.click(screen.getByRole('button', { name: '← Previous phase' }));
    await screen.findByRole('heading', { level: 3, name: 'Vote' });
    await user.click(screen.getByRole('button', { name: 'Next phase →' }));

    const heading = await screen.findByRole('heading', { level: 4, name: /^Topic / });
    expect(heading).toHaveTextContent('Topic 2 of 3: DNS ate two days');
    expect(screen.getByRole('button', { name: /DNS ate two days/ })).toHaveAttribute('aria-current', 'true');
  });
});
