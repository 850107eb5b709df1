import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const THREE: [string, string][] = [
  ['alerts', 'Disk alerts are noise'],
  ['interrupts', 'DNS ate two days'],
  ['stories', 'No acceptance criteria'],
];

describe('discuss phase: the topic on screen', () => {
  it('stays on screen when a topic ranked above it is removed elsewhere', async () => {
    const s = await renderRetro('discuss', { prepare: (x) => addCards(x, THREE).then(() => undefined) });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 3: Disk alerts are noise/ });
    await user.click(screen.getByRole('button', { name: 'Next topic' }));
    await screen.findByRole('heading', { level: 4, name: /Topic 2 of 3: DNS ate two days/ });

    // Another window deletes the first topic while the team discusses the second.
    const disk = s.retro().cards.find((c) => c.text === 'Disk alerts are noise')!;
    await s.backend.api.deleteRetroCard({ teamId: s.teamId, retroId: s.retroId, cardId: disk.id });
    await act(() => useAppStore.getState().loadTeams());

    await waitFor(() => expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(/^Topic 1 of 2: /));
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent('Topic 1 of 2: DNS ate two days');
    expect(screen.getByRole('button', { name: /DNS ate two days/ })).toHaveAttribute('aria-current', 'true');
  });

  it('moves to the topic now at its place when the one on screen is removed elsewhere', async () => {
    const s = await renderRetro('discuss', { prepare: (x) => addCards(x, THREE).then(() => undefined) });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 3/ });
    await user.click(screen.getByRole('button', { name: 'Next topic' }));
    await screen.findByRole('heading', { level: 4, name: /Topic 2 of 3: DNS ate two days/ });

    const dns = s.retro().cards.find((c) => c.text === 'DNS ate two days')!;
    await s.backend.api.deleteRetroCard({ teamId: s.teamId, retroId: s.retroId, cardId: dns.id });
    await act(() => useAppStore.getState().loadTeams());

    await screen.findByRole('heading', { level: 4, name: /Topic 2 of 2: No acceptance criteria/ });
  });
});
