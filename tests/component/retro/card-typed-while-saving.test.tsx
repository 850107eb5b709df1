import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { holdCalls } from '../api-calls';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('the new card box while a card is on its way to be saved', () => {
  it('keeps the next card’s words typed meanwhile, and adds only the card sent', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const box = await screen.findByLabelText('New card in Alerts', {}, { timeout: 5000 });
    const held = holdCalls(s.backend, 'addRetroCard');
    try {
      // A quick typist goes on with the next card before the first is in.
      await user.type(box, 'Too many pages at night{Enter}Deploys are slow');
    } finally {
      held.release();
    }
    await waitFor(() => expect(s.retro().cards.map((c) => c.text)).toEqual(['Too many pages at night']));
    await waitFor(() => expect(box).toHaveValue('Deploys are slow'));
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(s.retro().cards.map((c) => c.text)).toEqual(['Too many pages at night', 'Deploys are slow']),
    );
    await waitFor(() => expect(box).toHaveValue(''));
  });
});
