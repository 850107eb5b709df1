import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('write phase: Delete card asks first', () => {
  it('keeps the card on Cancel (focus back on its Delete button) and deletes it only when confirmed', async () => {
    const s = await renderRetro('write', {
      prepare: async (x) => {
        await addCards(x, [['alerts', 'Disk alerts are noise']]);
        await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
      },
    });
    const user = userEvent.setup();
    (await screen.findByRole('button', { name: 'Delete card “Disk alerts are noise”' })).focus();
    await user.keyboard('{Enter}');
    const ask = await screen.findByRole('dialog', { name: 'Delete the card “Disk alerts are noise”?' });
    expect(within(ask).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Delete card “Disk alerts are noise”' })).toHaveFocus(),
    );
    expect(s.retro().cards.map((c) => c.text)).toEqual(['Disk alerts are noise']);

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: 'Delete the card “Disk alerts are noise”?' });
    await user.click(within(again).getByRole('button', { name: 'Delete card' }));
    await waitFor(() => expect(s.retro().cards).toEqual([]));
    await waitFor(() => expect(screen.getByLabelText('New card in Alerts')).toHaveFocus());
  });

  it('asks about a hidden card without showing its text', async () => {
    const s = await renderRetro('write', {
      prepare: (x) => addCards(x, [['alerts', 'Disk alerts are noise']]).then(() => undefined),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete hidden card 1 in Alerts' }));
    const ask = await screen.findByRole('dialog', { name: 'Delete this hidden card?' });
    expect(ask).not.toHaveTextContent('Disk alerts');
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(s.retro().cards).toHaveLength(1);
  });
});
