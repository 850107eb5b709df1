import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const phaseHeading = (name: string) => screen.findByRole('heading', { level: 3, name });

describe('the R key reveals or hides cards only in the Write phase, where its button is', () => {
  it('pressed at the check-in, leaves the cards written later hidden until Reveal', async () => {
    const s = await renderRetro('checkin');
    const user = userEvent.setup();
    await phaseHeading('Check-in');
    await user.keyboard('r');
    // On to Write by keyboard: Open actions, Sprint facts, Write.
    for (const name of ['Open actions', 'Sprint facts', 'Write']) {
      await user.keyboard('{PageDown}');
      await phaseHeading(name);
    }
    await user.type(screen.getByLabelText('New card in Alerts'), 'Pager at 3am{Enter}');
    await screen.findByRole('article', { name: 'Hidden card' });
    expect(screen.getByRole('button', { name: 'Reveal cards' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByText('Pager at 3am')).toBeNull();
    expect(s.retro().revealed).toBe(false);
  });

  it('pressed in the Group phase, does not hide the cards again for a step back to Write', async () => {
    const s = await renderRetro('group', {
      prepare: async (x) => {
        await x.backend.api.addRetroCard({
          teamId: x.teamId,
          retroId: x.retroId,
          columnId: 'alerts',
          text: 'Noisy disk',
        });
        await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
      },
    });
    const user = userEvent.setup();
    await phaseHeading('Group');
    await user.keyboard('r');
    await user.keyboard('{PageUp}');
    await phaseHeading('Write');
    await waitFor(() => expect(screen.getByRole('article', { name: 'Noisy disk' })).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Hide cards' })).toHaveAttribute('aria-pressed', 'true');
    expect(s.retro().revealed).toBe(true);
  });
});
