import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const title = 'Patch the bastion hosts';

/**
 * A card deleted or taken out of the sprint on another screen, whose word has not reached this one (the feed was
 * reconnecting): a move or a block of it is refused, and the board catches up rather than keep offering a card
 * that every press is refused for.
 */
describe('a card changed on another screen before a move here', { timeout: 30_000 }, () => {
  it('leaves the board once a move of it is refused as deleted, with the focus kept on the board', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    const move = await screen.findByRole('button', { name: `Move ${title} to In progress` }, { timeout: 10_000 });
    const itemId = doc.items.find((i) => i.title === title)!.id;
    await backend.api.deleteItem({ teamId: doc.id, itemId });
    await user.click(move);
    expect(await screen.findByText(/was not found|no longer exists|has been deleted/i)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('listitem', { name: title })).not.toBeInTheDocument());
    expect(screen.getByRole('list', { name: /^Planned: To do, 0 cards/ })).toBeInTheDocument();
    // The focus was on the card's button: it stays on the board the card left, not on the page.
    await waitFor(() => expect(screen.getByRole('group', { name: 'Board of Sprint 7' })).toHaveFocus());
  });

  it('leaves the board once Mark blocked is refused as out of the sprint', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    const block = await screen.findByRole('button', { name: `Mark blocked ${title}` }, { timeout: 10_000 });
    const itemId = doc.items.find((i) => i.title === title)!.id;
    await backend.api.unplanItem({ teamId: doc.id, itemId, reason: 'Moved to next sprint', planned: true });
    await user.click(block);
    expect(await screen.findByText(`“${title}” is not in the active sprint.`)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('listitem', { name: title })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('group', { name: 'Board of Sprint 7' })).toHaveFocus());
  });
});
