import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const QUESTION = 'Discard your changes to the new event?';

describe('postmortem timeline: an event half typed is not dropped without a question', () => {
  it('asks before a phase change, and changes phase once the event is discarded', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem' });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Event', {}, { timeout: 20_000 }), 'Paged by the DNS probe');

    await user.click(screen.getByRole('button', { name: 'Next phase →' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: QUESTION })).getByRole('button', { name: 'Keep editing' }),
    );
    expect(s.retro().phase).toBe('timeline');
    expect(screen.getByLabelText('Event')).toHaveValue('Paged by the DNS probe');

    await user.click(screen.getByRole('button', { name: 'Next phase →' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: QUESTION })).getByRole('button', { name: 'Discard changes' }),
    );
    await waitFor(() => expect(s.retro().phase).not.toBe('timeline'));
    expect(s.retro().timeline).toEqual([]);
  });

  it('lets an event’s Edit open without asking about the event typed in Add event', async () => {
    await renderRetro('timeline', {
      kind: 'postmortem',
      prepare: async (x) => {
        await x.backend.api.addTimelineEntry({
          teamId: x.teamId,
          retroId: x.retroId,
          at: '2026-11-18T02:12:00.000Z',
          event: 'Paged',
          link: '',
        });
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Event', {}, { timeout: 20_000 }), 'Rolled back');
    await user.click(screen.getByRole('button', { name: 'Edit event Paged' }));
    expect(await screen.findByLabelText('Event text')).toHaveValue('Paged');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('Event')).toHaveValue('Rolled back');
  });
});
