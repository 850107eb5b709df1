import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('discuss phase: what a screen reader hears of the topic list', () => {
  it('names each topic button with its votes and their unit, not a bare number', async () => {
    await renderRetro('discuss', {
      prepare: async (x) => {
        await addCards(x, [
          ['alerts', 'Quiet card'],
          ['interrupts', 'Loud card'],
          ['stories', 'One voice'],
        ]);
        const stored = x.backend.store.snapshot().teams[0]!.retros[0]!;
        const id = (text: string) => stored.cards.find((c) => c.text === text)!.id;
        const vote = (text: string, delta: number) =>
          x.backend.api.castRetroVotes({
            teamId: x.teamId,
            retroId: x.retroId,
            voterId: x.members.ana,
            targetId: id(text),
            delta,
          });
        await vote('Loud card', 3);
        await vote('One voice', 1);
        await x.backend.api.closeRetroVoting({ teamId: x.teamId, retroId: x.retroId, closed: true });
      },
    });
    const topics = await screen.findByRole('navigation', { name: 'Topics' });
    expect(within(topics).getByRole('button', { name: '3 votes Loud card' })).toHaveAttribute('aria-current', 'true');
    expect(within(topics).getByRole('button', { name: '1 vote One voice' })).toBeInTheDocument();
    expect(within(topics).getByRole('button', { name: '0 votes Quiet card' })).toBeInTheDocument();
  });
});
