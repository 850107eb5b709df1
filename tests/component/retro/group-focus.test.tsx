import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, GROUP_CARDS, renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const CARDS = GROUP_CARDS;

const handle = (text: string) => screen.getByRole('button', { name: `Drag card “${text}”` });

/** The four cards, with "CPU alert flaps" grouped onto "Disk alerts are noise" and "Pager storm" onto "DNS outage". */
async function twoGroups(x: Omit<Seeded, 'team' | 'retro'>) {
  await addCards(x, CARDS);
  const cards = x.backend.store
    .snapshot()
    .teams.find((t) => t.id === x.teamId)!
    .retros.find((r) => r.id === x.retroId)!.cards;
  const id = (text: string) => cards.find((c) => c.text === text)!.id;
  const group = (cardId: string, ontoId: string) =>
    x.backend.api.groupRetroCard({ teamId: x.teamId, retroId: x.retroId, cardId, ontoId });
  await group(id('CPU alert flaps'), id('Disk alerts are noise'));
  await group(id('Pager storm'), id('DNS outage'));
}

describe('group phase: the focus after Group, Merge and Ungroup', () => {
  it('Group: follows the card into its group', async () => {
    const s = await renderRetro('group', { prepare: (x) => addCards(x, CARDS).then(() => undefined) });
    const user = userEvent.setup();
    await user.selectOptions(
      await screen.findByLabelText('Group “CPU alert flaps” with', {}, { timeout: 5000 }),
      'Disk alerts are noise',
    );
    screen.getByRole('button', { name: 'Group “CPU alert flaps”' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(s.retro().groups).toHaveLength(1));
    await waitFor(() => expect(handle('CPU alert flaps')).toHaveFocus());
  });

  it('a keyboard drop (Space, arrows, Space): follows the card into its group', async () => {
    // jsdom lays nothing out: each topic is 80 px high, one under the other, a card at its topic's top.
    const topicBox = (topic: Element, height: number) => {
      const top = [...document.querySelectorAll('li.topic')].indexOf(topic) * 100;
      return DOMRect.fromRect({ x: 0, y: top, width: 300, height });
    };
    const layout = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const topic = this.closest('li.topic');
      if (!topic) return DOMRect.fromRect();
      return topicBox(topic, this.matches('li.topic') ? 80 : 40);
    });
    try {
      const s = await renderRetro('group', { prepare: (x) => addCards(x, CARDS).then(() => undefined) });
      const user = userEvent.setup();
      // The save answers only once the drop is over (as a slower disk does), not before dnd-kit hands the focus back.
      let answer = () => undefined as void;
      const saved = new Promise<void>((resolve) => (answer = resolve));
      const group = s.backend.api.groupRetroCard.bind(s.backend.api);
      s.backend.api.groupRetroCard = (input) => saved.then(() => group(input));
      (await screen.findByRole('button', { name: 'Drag card “CPU alert flaps”' }, { timeout: 5000 })).focus();
      // Picked up, moved 4 × 25 px up onto "Disk alerts are noise", dropped.
      await user.keyboard(' {ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp} ');
      await new Promise((frame) => requestAnimationFrame(frame));
      await new Promise((frame) => requestAnimationFrame(frame));
      answer();
      await waitFor(() => expect(s.retro().groups).toHaveLength(1));
      await waitFor(() => expect(handle('CPU alert flaps')).toHaveFocus());
    } finally {
      layout.mockRestore();
    }
  });

  it('Merge: goes to the title of the group merged into', async () => {
    const s = await renderRetro('group', { prepare: twoGroups });
    const user = userEvent.setup();
    const into = s.retro().cards.find((c) => c.text === 'Disk alerts are noise')!.groupId!;
    const merging = await screen.findByLabelText('Merge group “DNS outage” into', {}, { timeout: 5000 });
    await user.selectOptions(merging, 'Disk alerts are noise');
    within(merging.parentElement!).getByRole('button', { name: 'Merge group “DNS outage”' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(s.retro().groups.map((g) => g.id)).toEqual([into]));
    await waitFor(() => expect(screen.getByLabelText('Group title')).toHaveFocus());
  });

  it('Ungroup: follows the card out of its group', async () => {
    const s = await renderRetro('group', { prepare: twoGroups });
    const user = userEvent.setup();
    (await screen.findByRole('button', { name: 'Ungroup “Pager storm”' }, { timeout: 5000 })).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(s.retro().cards.find((c) => c.text === 'Pager storm')?.groupId).toBeNull());
    await waitFor(() => expect(handle('Pager storm')).toHaveFocus());
  });
});
