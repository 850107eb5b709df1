import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import type { RoomStatus } from '../../../src/api/contract/room';
import { addCards, GROUP_CARDS, renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

afterEach(() => act(() => useAppStore.setState({ room: null })));

/** The room as the shared screen sees it once Ana has joined from her phone. */
function anaOnHerPhone(s: Seeded): RoomStatus {
  return {
    teamId: s.teamId,
    focus: { kind: 'retro', retroId: s.retroId },
    joinUrl: 'http://127.0.0.2:40000/j',
    code: 'ABCD',
    qrSvg: '<svg/>',
    address: '127.0.0.2',
    port: 40000,
    secure: false,
    locked: false,
    guestsAllowed: false,
    people: [
      {
        personId: s.members.ana,
        name: 'Ana',
        guest: false,
        connected: true,
        done: false,
        takesBack: { votes: 0, dots: 0, answers: 0 },
      },
    ],
    progress: { done: 0, total: 1, label: '' },
  };
}

describe('vote phase: the member whose votes are entered joins on their phone', () => {
  it('keeps the focus on the words that say so when it was on their vote row', async () => {
    const s = await renderRetro('vote', { prepare: (x) => addCards(x, GROUP_CARDS).then(() => undefined) });
    const user = userEvent.setup();
    await screen.findByText('Ana has 5 of 5 votes left · at most 3 per card', {}, { timeout: 5000 });
    // The phase's heading takes the focus as the phase opens; then the facilitator moves it to a row.
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: 'Vote' })).toHaveFocus());
    screen.getByRole('button', { name: 'Add vote to DNS outage' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByText('Ana has 4 of 5 votes left · at most 3 per card');

    act(() => useAppStore.setState({ room: anaOnHerPhone(s) }));
    const words = await screen.findByText('Ana is voting on their phone.');
    await waitFor(() => expect(words).toHaveFocus());
    // Tab goes on from there, to the next control on the page.
    await user.tab();
    expect(screen.getByRole('button', { name: 'End voting and show results' })).toHaveFocus();
  });

  it('leaves the focus where it was when it was elsewhere (on whom votes are entered for)', async () => {
    const s = await renderRetro('vote', { prepare: (x) => addCards(x, GROUP_CARDS).then(() => undefined) });
    await screen.findByText('Ana has 5 of 5 votes left · at most 3 per card', {}, { timeout: 5000 });
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: 'Vote' })).toHaveFocus());
    const voter = screen.getByLabelText('Entering votes for');
    voter.focus();
    act(() => useAppStore.setState({ room: anaOnHerPhone(s) }));
    await screen.findByText('Ana is voting on their phone.');
    expect(voter).toHaveFocus();
  });
});
