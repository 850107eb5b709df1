import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('discuss phase: notes saved elsewhere while the topic is on screen', () => {
  it('are shown, and never written back over by the notes the screen showed before', async () => {
    const s = await renderRetro('discuss', {
      prepare: async (x) => {
        const r = await addCards(x, [['alerts', 'Disk alerts are noise']]);
        await x.backend.api.setRetroTopicNotes({
          teamId: x.teamId,
          retroId: x.retroId,
          targetId: r.cards[0]!.id,
          notes: 'Page on rate',
        });
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 1: Disk alerts are noise/ });
    const box = screen.getByLabelText('Notes on this topic');
    expect(box).toHaveValue('Page on rate');

    // Another window (or a sync) saves fuller notes on the same topic.
    const cardId = s.retro().cards[0]!.id;
    await s.backend.api.setRetroTopicNotes({
      teamId: s.teamId,
      retroId: s.retroId,
      targetId: cardId,
      notes: 'Page on rate of change, not on level',
    });
    await act(() => useAppStore.getState().loadTeams());
    await waitFor(() => expect(box).toHaveValue('Page on rate of change, not on level'));
    expect(screen.getByRole('button', { name: 'Save notes' })).toHaveAttribute('aria-disabled', 'true');

    // Passing through the box saves nothing over them.
    await user.click(box);
    await user.tab();
    expect(s.retro().notes).toEqual([{ targetId: cardId, notes: 'Page on rate of change, not on level' }]);

    // Typed on, the box saves what was typed, once.
    await user.type(box, '.');
    await user.click(screen.getByRole('button', { name: 'Save notes' }));
    await waitFor(() =>
      expect(s.retro().notes).toEqual([{ targetId: cardId, notes: 'Page on rate of change, not on level.' }]),
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Save notes' })).toHaveAttribute('aria-disabled', 'true'),
    );
  });
});
