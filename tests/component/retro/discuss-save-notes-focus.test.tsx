import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('discuss phase: Save notes pressed by keyboard', () => {
  it('keeps the focus once the notes are saved: the button says it has nothing to save, and stays focusable', async () => {
    const s = await renderRetro('discuss', {
      prepare: (x) => addCards(x, [['alerts', 'Disk alerts are noise']]).then(() => undefined),
    });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 1/ });
    const save = screen.getByRole('button', { name: 'Save notes' });
    // Nothing typed yet: nothing to save, but the button can still be reached.
    expect(save).toBeEnabled();
    expect(save).toHaveAttribute('aria-disabled', 'true');

    await user.type(screen.getByLabelText('Notes on this topic'), 'Page on rate of change');
    expect(save).not.toHaveAttribute('aria-disabled');
    await user.tab();
    expect(save).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(s.retro().notes.map((n) => n.notes)).toEqual(['Page on rate of change']));
    await waitFor(() => expect(save).toHaveAttribute('aria-disabled', 'true'));
    expect(save).toBeEnabled();
    expect(save).toHaveFocus();
    // A press with nothing new saves nothing again.
    await user.keyboard('{Enter}');
    expect(s.retro().notes).toHaveLength(1);
  });
});
