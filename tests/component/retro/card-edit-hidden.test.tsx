import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** The Write phase after Reveal, with a card to edit. */
const revealedCard = () =>
  renderRetro('write', {
    prepare: async (x) => {
      await x.backend.api.addRetroCard({
        teamId: x.teamId,
        retroId: x.retroId,
        columnId: 'alerts',
        text: 'Pager at 3am',
      });
      await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
    },
  });

/** Whether any text on the page (a field's value too) holds `words`. */
const onPage = (words: string) =>
  document.body.textContent!.includes(words) ||
  [...document.querySelectorAll('textarea, input')].some((f) => (f as HTMLInputElement).value.includes(words));

describe('a card’s editor when the facilitator hides the cards', () => {
  it('closes an untouched editor, so the card’s text leaves the shared screen', async () => {
    await revealedCard();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit card “Pager at 3am”' }, { timeout: 20_000 }));
    expect(screen.getByLabelText('Edit card')).toHaveValue('Pager at 3am');

    await user.click(screen.getByRole('button', { name: 'Hide cards' }));
    await screen.findByRole('button', { name: 'Reveal cards' });
    await waitFor(() => expect(screen.queryByLabelText('Edit card')).toBeNull());
    expect(onPage('Pager at 3am')).toBe(false);
    expect(screen.getByRole('article', { name: 'Hidden card' })).toBeInTheDocument();
    expect(screen.queryByText(/changes to this card are kept/)).toBeNull();

    // Closed, not kept: revealed again, the card shows with its Edit button, no editor.
    await user.click(screen.getByRole('button', { name: 'Reveal cards' }));
    expect(await screen.findByRole('button', { name: 'Edit card “Pager at 3am”' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Edit card')).toBeNull();
  });

  it('masks an editor with changes, and gives them back when the cards are revealed again', async () => {
    const s = await revealedCard();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit card “Pager at 3am”' }, { timeout: 20_000 }));
    await user.type(screen.getByLabelText('Edit card'), ' again');

    await user.click(screen.getByRole('button', { name: 'Hide cards' }));
    await screen.findByRole('button', { name: 'Reveal cards' });
    await waitFor(() => expect(screen.queryByLabelText('Edit card')).toBeNull());
    expect(onPage('Pager at 3am')).toBe(false);
    expect(screen.getByText(/changes to this card are kept/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reveal cards' }));
    expect(await screen.findByLabelText('Edit card')).toHaveValue('Pager at 3am again');
    await user.click(screen.getByRole('button', { name: 'Save card' }));
    await waitFor(() => expect(s.retro().cards[0]?.text).toBe('Pager at 3am again'));
  });
});
