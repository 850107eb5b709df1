import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, GROUP_CARDS, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('vote phase: the focus after End voting and Reopen voting', () => {
  it('goes to the ranked topics, then back to whom votes are entered for, never to the page', async () => {
    const s = await renderRetro('vote', { prepare: (x) => addCards(x, GROUP_CARDS).then(() => undefined) });
    const user = userEvent.setup();
    (await screen.findByRole('button', { name: 'End voting and show results' }, { timeout: 20_000 })).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(s.retro().votingClosed).toBe(true));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Topics by votes' })).toHaveFocus());

    screen.getByRole('button', { name: 'Reopen voting' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(s.retro().votingClosed).toBe(false));
    await waitFor(() => expect(screen.getByLabelText('Entering votes for')).toHaveFocus());
  });
});
