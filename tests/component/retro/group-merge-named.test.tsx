import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, GROUP_CARDS, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('group phase with two groups', () => {
  it('names each group’s Merge button after its group, and merges the one pressed', async () => {
    const s = await renderRetro('group', {
      prepare: async (x) => {
        await addCards(x, GROUP_CARDS);
        const retro = () =>
          x.backend.store
            .snapshot()
            .teams.find((t) => t.id === x.teamId)!
            .retros.find((r) => r.id === x.retroId)!;
        const id = (text: string) => retro().cards.find((c) => c.text === text)!.id;
        const at = { teamId: x.teamId, retroId: x.retroId };
        await x.backend.api.groupRetroCard({
          ...at,
          cardId: id('CPU alert flaps'),
          ontoId: id('Disk alerts are noise'),
        });
        await x.backend.api.groupRetroCard({ ...at, cardId: id('Pager storm'), ontoId: id('DNS outage') });
      },
    });
    const user = userEvent.setup();
    await user.selectOptions(
      await screen.findByLabelText('Merge group “DNS outage” into', {}, { timeout: 20_000 }),
      'Disk alerts are noise',
    );
    expect(screen.getByRole('button', { name: 'Merge group “Disk alerts are noise”' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Merge group “DNS outage”' }));
    await waitFor(() => expect(s.retro().groups).toHaveLength(1));
    expect(s.retro().cards.filter((c) => c.groupId !== null)).toHaveLength(4);
  });
});
