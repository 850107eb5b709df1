import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('discuss phase: notes whose save is refused as the facilitator moves on', () => {
  it('stay in the box on the same topic, with the reason, after Next topic', async () => {
    const s = await renderRetro('discuss', {
      prepare: (x) =>
        addCards(x, [
          ['alerts', 'Disk alerts are noise'],
          ['interrupts', 'DNS ate two days'],
        ]).then(() => undefined),
    });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 2: Disk alerts are noise/ }, { timeout: 15000 });
    // A pasted incident log longer than notes may be.
    const log = 'pager: db-3 disk 97%\n'.repeat(1000);
    const box = screen.getByLabelText('Notes on this topic');
    await user.click(box);
    fireEvent.change(box, { target: { value: log } });
    await user.click(screen.getByRole('button', { name: 'Next topic' }));
    expect(await screen.findByText(/too long/i)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: /Topic 1 of 2: Disk alerts are noise/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Notes on this topic')).toHaveValue(log);
    expect(s.retro().notes).toEqual([]);
  });
});
