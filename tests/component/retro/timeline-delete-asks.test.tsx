import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('postmortem timeline: Delete event asks first', () => {
  it('keeps the event on Cancel (focus back on its Delete button) and deletes it only when confirmed', async () => {
    const s = await renderRetro('timeline', {
      kind: 'postmortem',
      prepare: async (x) => {
        await x.backend.api.addTimelineEntry({
          teamId: x.teamId,
          retroId: x.retroId,
          at: '2026-11-18T02:12:00.000Z',
          event: 'Pager fired',
          link: '',
        });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete event Pager fired' }, { timeout: 10_000 }));
    const ask = await screen.findByRole('dialog', { name: 'Delete the event “Pager fired”?' });
    expect(within(ask).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete event Pager fired' })).toHaveFocus());
    expect(s.retro().timeline.map((t) => t.event)).toEqual(['Pager fired']);

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: 'Delete the event “Pager fired”?' });
    await user.click(within(again).getByRole('button', { name: 'Delete event' }));
    await waitFor(() => expect(s.retro().timeline).toEqual([]));
    await waitFor(() => expect(screen.getByLabelText('Event')).toHaveFocus());
  });
});
