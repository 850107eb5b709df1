import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

// 👍🏽 is one character to a reader and four UTF-16 units to `length`: 200 of them are 200 characters, well under a
// card's limit of 500, and 800 units.
const THUMBS = '👍🏽'.repeat(200);

describe('a card of emoji is counted as a person sees it', () => {
  it('counts each emoji once in the new card box and adds the card', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const box = await screen.findByLabelText('New card in Alerts');
    await user.click(box);
    await user.paste(THUMBS);
    expect(screen.getByText('200 / 500')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'false');
    await user.click(screen.getByRole('button', { name: 'Add card to Alerts' }));
    await waitFor(() => expect(s.retro().cards.map((c) => c.text)).toEqual([THUMBS]));
    expect(screen.queryByText(/too long/)).toBeNull();
  });

  it('saves an edited card of emoji the api takes', async () => {
    const s = await renderRetro('write', {
      prepare: async (x) => {
        await x.backend.api.addRetroCard({ teamId: x.teamId, retroId: x.retroId, columnId: 'alerts', text: 'Like' });
        await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit card “Like”' }));
    const box = screen.getByLabelText('Edit card');
    await user.clear(box);
    await user.paste(THUMBS);
    await user.click(screen.getByRole('button', { name: 'Save card' }));
    await waitFor(() => expect(s.retro().cards[0]?.text).toBe(THUMBS));
    expect(screen.queryByText(/too long/)).toBeNull();
  });
});
