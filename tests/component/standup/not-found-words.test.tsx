import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const title = 'Patch the bastion hosts';

describe('a move of a card deleted on another screen', { timeout: 30_000 }, () => {
  it('says the card was not found without asking for a reload: the board has already caught up', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    const move = await screen.findByRole('button', { name: `Move ${title} to In progress` }, { timeout: 10_000 });
    await backend.api.deleteItem({ teamId: doc.id, itemId: doc.items.find((i) => i.title === title)!.id });
    await user.click(move);
    const message = await screen.findByText(/was not found/i);
    await waitFor(() => expect(screen.queryByRole('listitem', { name: title })).not.toBeInTheDocument());
    // The board shows the latest by itself: a reload would only lose the room's place.
    expect(message.textContent).not.toMatch(/reload|refresh/i);
  });
});
