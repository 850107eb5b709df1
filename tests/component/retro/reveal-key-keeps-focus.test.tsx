import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('R pressed in the Write phase while a card’s Edit button has the focus', () => {
  it('hides the cards and leaves the focus on that card’s Delete button, not on the page', async () => {
    await renderRetro('write', {
      prepare: async (x) => {
        for (const text of ['Pager at 3am', 'Disk alerts are noise']) {
          await x.backend.api.addRetroCard({ teamId: x.teamId, retroId: x.retroId, columnId: 'alerts', text });
        }
        await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
      },
    });
    const user = userEvent.setup();
    const edit = await screen.findByRole('button', { name: 'Edit card “Disk alerts are noise”' }, { timeout: 20_000 });
    // The phase's heading takes the focus as the phase opens; then the facilitator moves it to the card.
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: 'Write' })).toHaveFocus());
    edit.focus();
    await user.keyboard('r');
    await screen.findByRole('button', { name: 'Reveal cards' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete hidden card 2 in Alerts' })).toHaveFocus());
    // It stays there: the app's rescue, a frame later, does not move it on.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByRole('button', { name: 'Delete hidden card 2 in Alerts' })).toHaveFocus();
  });
});
