import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

// Two cards alike in their first 40 characters, as two people write about the same alert.
const FIRST = 'Disk alerts on the build hosts page us at 3am for nothing';
const SECOND = 'Disk alerts on the build hosts page us at 3am and wake the whole team';

describe('write phase: a card with a long text', () => {
  it('names its Edit and Delete buttons, and the question before deleting, with the whole text', async () => {
    await renderRetro('write', {
      prepare: async (x) => {
        await addCards(x, [
          ['alerts', FIRST],
          ['alerts', SECOND],
        ]);
        await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('button', { name: `Edit card “${FIRST}”` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Edit card “${SECOND}”` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Delete card “${SECOND}”` }));
    const ask = await screen.findByRole('dialog', { name: `Delete the card “${SECOND}”?` });
    expect(within(ask).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });
});
