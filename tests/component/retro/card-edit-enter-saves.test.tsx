import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('editing a card from the keyboard', () => {
  it('saves on Enter, as the new card box adds on Enter, and gives the focus back to the card’s Edit', async () => {
    const s = await renderRetro('write', {
      prepare: async (x) => {
        await addCards(x, [['alerts', 'Disk alrets']]);
        await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
      },
    });
    const user = userEvent.setup();
    (await screen.findByRole('button', { name: 'Edit card “Disk alrets”' }, { timeout: 5000 })).focus();
    await user.keyboard('{Enter}');
    const box = screen.getByLabelText('Edit card');
    await user.clear(box);
    await user.type(box, 'Disk alerts{Enter}');
    await waitFor(() => expect(screen.queryByLabelText('Edit card')).toBeNull());
    expect(s.retro().cards.map((c) => c.text)).toEqual(['Disk alerts']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit card “Disk alerts”' })).toHaveFocus());
  });

  it('still breaks a line on Shift+Enter', async () => {
    await renderRetro('write', {
      prepare: async (x) => {
        await addCards(x, [['alerts', 'Disk alerts']]);
        await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit card “Disk alerts”' }, { timeout: 5000 }));
    await user.type(screen.getByLabelText('Edit card'), '{Shift>}{Enter}{/Shift}on db-3');
    expect(screen.getByLabelText('Edit card')).toHaveValue('Disk alerts\non db-3');
  });
});
