import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** Two people wrote the same card in one column, a third in another column: a meeting's usual doubles. */
const SAME: [string, string][] = [
  ['alerts', 'Flaky pager'],
  ['alerts', 'Flaky pager'],
  ['interrupts', 'Flaky pager'],
  ['interrupts', 'DNS outage'],
];

describe('cards with the same words: their buttons are named apart', () => {
  it('in the write phase, by column and place, and Delete deletes the card named', async () => {
    const s = await renderRetro('write', {
      prepare: async (x) => {
        await addCards(x, SAME);
        await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Delete card “DNS outage”' }, { timeout: 5000 });
    const edits = screen.getAllByRole('button', { name: /^Edit card “Flaky pager”/ });
    expect(edits.map((b) => b.textContent?.replace(/^Edit/, ''))).toEqual([
      'Edit card “Flaky pager” in Interrupts',
      'Edit card “Flaky pager” in Alerts (1 of 2)',
      'Edit card “Flaky pager” in Alerts (2 of 2)',
    ]);
    const second = s.retro().cards.filter((c) => c.columnId === 'alerts')[1]!.id;
    await user.click(screen.getByRole('button', { name: 'Delete card “Flaky pager” in Alerts (2 of 2)' }));
    const ask = await screen.findByRole('dialog', { name: 'Delete the card “Flaky pager” in Alerts (2 of 2)?' });
    await user.click(within(ask).getByRole('button', { name: 'Delete card' }));
    await waitFor(() => expect(s.retro().cards.map((c) => c.id)).not.toContain(second));
    expect(s.retro().cards.filter((c) => c.text === 'Flaky pager')).toHaveLength(2);
  });

  it('in the group phase: each card’s drag handle, Group list and Group button', async () => {
    await renderRetro('group', { prepare: (x) => addCards(x, SAME).then(() => undefined) });
    await screen.findByRole('button', { name: 'Drag card “DNS outage”' }, { timeout: 5000 });
    for (const where of ['in Interrupts', 'in Alerts (1 of 2)', 'in Alerts (2 of 2)']) {
      expect(screen.getByRole('button', { name: `Drag card “Flaky pager” ${where}` })).toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: `Group “Flaky pager” ${where} with` })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: `Group “Flaky pager” ${where}` })).toBeInTheDocument();
    }
  });

  it('in the group phase: a “Group with” list tells a group from a card with the same title', async () => {
    const s = await renderRetro('group', {
      prepare: async (x) => {
        const [a, b] = (await addCards(x, SAME)).cards;
        // The group takes its first card's words as its title until it is given one.
        await x.backend.api.groupRetroCard({ teamId: x.teamId, retroId: x.retroId, cardId: b!.id, ontoId: a!.id });
      },
    });
    const user = userEvent.setup();
    const list = await screen.findByRole('combobox', { name: 'Group “DNS outage” with' }, { timeout: 5000 });
    const options = within(list)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Group with…', 'Flaky pager (group in Alerts)', 'Flaky pager (card in Interrupts)']);
    await user.selectOptions(list, 'Flaky pager (card in Interrupts)');
    await user.click(screen.getByRole('button', { name: 'Group “DNS outage”' }));
    const loose = s.retro().cards.find((c) => c.columnId === 'interrupts' && c.text === 'Flaky pager')!;
    await waitFor(() => expect(s.retro().cards.find((c) => c.text === 'DNS outage')?.groupId).toBeTruthy());
    expect(s.retro().cards.find((c) => c.id === loose.id)?.groupId).toBe(
      s.retro().cards.find((c) => c.text === 'DNS outage')?.groupId,
    );
  });
});
