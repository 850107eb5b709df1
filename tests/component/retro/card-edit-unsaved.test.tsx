import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** The Write phase after Reveal, with two cards to edit. */
const revealedCards = () =>
  renderRetro('write', {
    prepare: async (x) => {
      const add = (text: string) =>
        x.backend.api.addRetroCard({ teamId: x.teamId, retroId: x.retroId, columnId: 'alerts', text });
      await add('Disk alrets');
      await add('Pager at 3am');
      await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
    },
  });

const button = (name: string) => screen.getByRole('button', { name });
const DISK = 'Edit card “Disk alrets”';
const ASKS = 'Discard your changes to the card “Disk alrets”?';

describe('editing a card after the reveal: what was typed is not dropped without a question', () => {
  it('closes on Escape at once when nothing changed, asks when something did, and gives the focus back to Edit', async () => {
    const s = await revealedCards();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: DISK }, { timeout: 20_000 }));
    expect(screen.getByLabelText('Edit card')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Edit card')).toBeNull();
    await waitFor(() => expect(button(DISK)).toHaveFocus());

    await user.keyboard('{Enter}');
    await user.type(screen.getByLabelText('Edit card'), ' on db-3');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: ASKS });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByLabelText('Edit card')).toHaveValue('Disk alrets on db-3');

    // Cancel asks as Escape does.
    await user.click(button('Cancel'));
    const again = await screen.findByRole('dialog', { name: ASKS });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByLabelText('Edit card')).toBeNull();
    await waitFor(() => expect(button(DISK)).toHaveFocus());
    expect(s.retro().cards.map((c) => c.text)).toEqual(['Disk alrets', 'Pager at 3am']);
  });

  it('asks before Next phase, the ] key, another card’s Edit or a screen switch drops the text typed', async () => {
    const s = await revealedCards();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: DISK }, { timeout: 20_000 }));
    await user.type(screen.getByLabelText('Edit card'), ' on db-3');

    await user.click(button('Next phase →'));
    const ask = await screen.findByRole('dialog', { name: ASKS });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(s.retro().phase).toBe('write');
    expect(screen.getByLabelText('Edit card')).toHaveValue('Disk alrets on db-3');

    await user.click(button('Edit card “Pager at 3am”'));
    const again = await screen.findByRole('dialog', { name: ASKS });
    await user.click(within(again).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByLabelText('Edit card')).toHaveValue('Disk alrets on db-3');

    // A switch of screen (the header's, a team switch) asks too.
    act(() => useAppStore.getState().navigate('backlog'));
    const onSwitch = await screen.findByRole('dialog', { name: ASKS });
    await user.click(within(onSwitch).getByRole('button', { name: 'Keep editing' }));
    expect(useAppStore.getState().screen).toBe('retro');
    expect(screen.getByLabelText('Edit card')).toHaveValue('Disk alrets on db-3');

    // Out of the box (on its Save button), ] steps the phase: it asks too, and goes on once discarded.
    await user.click(button('Save card'));
    await screen.findByRole('article', { name: 'Disk alrets on db-3' });
    await user.click(button(DISK.replace('alrets', 'alrets on db-3')));
    await user.type(screen.getByLabelText('Edit card'), ', twice');
    await user.tab();
    expect(button('Save card')).toHaveFocus();
    await user.keyboard(']');
    const third = await screen.findByRole('dialog', {
      name: 'Discard your changes to the card “Disk alrets on db-3”?',
    });
    await user.click(within(third).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { level: 3, name: 'Group' });
    expect(s.retro().phase).toBe('group');
    expect(s.retro().cards.map((c) => c.text)).toEqual(['Disk alrets on db-3', 'Pager at 3am']);
  });
});
