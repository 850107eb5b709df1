import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('discuss phase topic steps', () => {
  it('keeps the focus on Next topic at the last topic and on Previous topic at the first', async () => {
    await renderRetro('discuss', {
      prepare: (x) =>
        addCards(x, [
          ['alerts', 'Disk alerts are noise'],
          ['interrupts', 'DNS outage'],
        ]).then(() => undefined),
    });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 2/ }, { timeout: 5000 });
    const next = screen.getByRole('button', { name: 'Next topic' });
    await user.click(next);
    await screen.findByRole('heading', { level: 4, name: /Topic 2 of 2/ });
    // A disabled button drops the focus to the page: it stays on the button, which says it does nothing now.
    expect(next).toHaveFocus();
    expect(next).toBeEnabled();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 4, name: /Topic 2 of 2/ })).toBeInTheDocument();

    const previous = screen.getByRole('button', { name: 'Previous topic' });
    await user.click(previous);
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 2/ });
    expect(previous).toHaveFocus();
    expect(previous).toBeEnabled();
    expect(previous).toHaveAttribute('aria-disabled', 'true');
  });
});
