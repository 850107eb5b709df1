import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const button = (name: string) => screen.getByRole('button', { name });

function withEvents(...events: [string, string][]) {
  return async (x: Omit<Seeded, 'team' | 'retro'>) => {
    for (const [at, event] of events) {
      await x.backend.api.addTimelineEntry({ teamId: x.teamId, retroId: x.retroId, at, event, link: '' });
    }
  };
}

describe('postmortem timeline: the focus after deleting an event', () => {
  it('goes to the next event, else the one before, else the Event field; never to the page', async () => {
    const s = await renderRetro('timeline', {
      kind: 'postmortem',
      prepare: withEvents(
        ['2026-11-18T02:12:00.000Z', 'Pager fired'],
        ['2026-11-18T02:20:00.000Z', 'DNS rolled back'],
        ['2026-11-18T02:40:00.000Z', 'Resolved'],
      ),
    });
    const user = userEvent.setup();
    // Delete event asks first; confirming from the keyboard deletes.
    const confirmDelete = async (event: string) => {
      await user.keyboard('{Enter}');
      const ask = await screen.findByRole('dialog', { name: `Delete the event “${event}”?` });
      within(ask).getByRole('button', { name: 'Delete event' }).focus();
      await user.keyboard('{Enter}');
    };
    // The phase's heading takes the focus when the runner opens: wait for it before moving the focus.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Timeline' })).toHaveFocus());
    button('Delete event Pager fired').focus();
    await confirmDelete('Pager fired');
    await waitFor(() => expect(s.retro().timeline.map((t) => t.event)).toEqual(['DNS rolled back', 'Resolved']));
    await waitFor(() => expect(button('Delete event DNS rolled back')).toHaveFocus());

    button('Delete event Resolved').focus();
    await confirmDelete('Resolved');
    await waitFor(() => expect(s.retro().timeline).toHaveLength(1));
    await waitFor(() => expect(button('Delete event DNS rolled back')).toHaveFocus());

    await confirmDelete('DNS rolled back');
    await waitFor(() => expect(s.retro().timeline).toEqual([]));
    await waitFor(() => expect(screen.getByLabelText('Event')).toHaveFocus());
  });
});

describe('write phase: the focus after deleting a card', () => {
  it("goes to the column's next card, else the one before, else the column's new card box", async () => {
    const s = await renderRetro('write', {
      prepare: async (x) => {
        await addCards(x, [
          ['alerts', 'Disk alerts are noise'],
          ['alerts', 'CPU alert flaps'],
          ['stories', 'AC were vague'],
        ]);
        await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
      },
    });
    const user = userEvent.setup();
    // Delete card asks first; confirming from the keyboard deletes.
    const confirmDelete = async (text: string) => {
      await user.keyboard('{Enter}');
      const ask = await screen.findByRole('dialog', { name: `Delete the card “${text}”?` });
      within(ask).getByRole('button', { name: 'Delete card' }).focus();
      await user.keyboard('{Enter}');
    };
    (await screen.findByRole('button', { name: 'Delete card “Disk alerts are noise”' })).focus();
    await confirmDelete('Disk alerts are noise');
    await waitFor(() => expect(s.retro().cards).toHaveLength(2));
    await waitFor(() => expect(button('Delete card “CPU alert flaps”')).toHaveFocus());

    await confirmDelete('CPU alert flaps');
    await waitFor(() => expect(s.retro().cards).toHaveLength(1));
    await waitFor(() => expect(screen.getByLabelText('New card in Alerts')).toHaveFocus());
  });
});

describe('write phase: the focus after editing a card', () => {
  it("goes back to the card's Edit button after Save card or Cancel", async () => {
    const s = await renderRetro('write', {
      prepare: async (x) => {
        await addCards(x, [['alerts', 'Disk alerts are noise']]);
        await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit card “Disk alerts are noise”' }));
    await user.click(button('Cancel'));
    await waitFor(() => expect(button('Edit card “Disk alerts are noise”')).toHaveFocus());

    await user.keyboard('{Enter}');
    await user.type(screen.getByLabelText('Edit card'), ' at 80%');
    await user.click(button('Save card'));
    await waitFor(() => expect(s.retro().cards[0]?.text).toBe('Disk alerts are noise at 80%'));
    await waitFor(() => expect(button('Edit card “Disk alerts are noise at 80%”')).toHaveFocus());
  });
});
