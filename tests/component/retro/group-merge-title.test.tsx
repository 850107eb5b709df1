import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, GROUP_CARDS, renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** "Disk alerts are noise" + "CPU alert flaps" (no title), and "DNS outage" + "Pager storm", titled "Paging". */
async function twoGroups(x: Omit<Seeded, 'team' | 'retro'>) {
  await addCards(x, GROUP_CARDS);
  const retro = () =>
    x.backend.store
      .snapshot()
      .teams.find((t) => t.id === x.teamId)!
      .retros.find((r) => r.id === x.retroId)!;
  const id = (text: string) => retro().cards.find((c) => c.text === text)!.id;
  const at = { teamId: x.teamId, retroId: x.retroId };
  await x.backend.api.groupRetroCard({ ...at, cardId: id('CPU alert flaps'), ontoId: id('Disk alerts are noise') });
  await x.backend.api.groupRetroCard({ ...at, cardId: id('Pager storm'), ontoId: id('DNS outage') });
  const paging = retro().cards.find((c) => c.text === 'DNS outage')!.groupId!;
  await x.backend.api.titleRetroGroup({ ...at, groupId: paging, title: 'Paging' });
}

describe('group phase: merging into an untitled group', () => {
  it('shows the title the merge kept, and leaving the field keeps it', async () => {
    const s = await renderRetro('group', { prepare: twoGroups });
    const user = userEvent.setup();
    const merging = await screen.findByLabelText('Merge group “Paging” into', {}, { timeout: 20_000 });
    await user.selectOptions(merging, 'Disk alerts are noise');
    await user.click(within(merging.parentElement!).getByRole('button', { name: 'Merge group “Paging”' }));
    await waitFor(() => expect(s.retro().groups).toHaveLength(1));
    expect(s.retro().groups[0]!.title).toBe('Paging');

    // The focus is on the merged group's title field: it shows the kept title, and Tab away saves nothing else.
    await waitFor(() => expect(screen.getByLabelText('Group title')).toHaveFocus());
    const title = screen.getByLabelText('Group title');
    expect(title).toHaveValue('Paging');
    await user.tab();
    await new Promise((settle) => setTimeout(settle, 50));
    expect(s.retro().groups[0]!.title).toBe('Paging');
  });
});
