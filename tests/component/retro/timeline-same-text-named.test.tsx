import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** The alert fired twice: two events with the same words, 20 minutes apart. */
async function firedTwice(x: Omit<Seeded, 'team' | 'retro'>) {
  const add = (at: string, event: string) =>
    x.backend.api.addTimelineEntry({ teamId: x.teamId, retroId: x.retroId, at, event, link: '' });
  await add('2026-11-18T02:12:00.000Z', 'Alert fired');
  await add('2026-11-18T02:20:00.000Z', 'Rolled back');
  await add('2026-11-18T02:32:00.000Z', 'Alert fired');
}

describe('postmortem timeline: two events with the same words', () => {
  it('names their Edit and Delete buttons by their times too, and deletes the one named', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem', prepare: firedTwice });
    const list = await screen.findByRole('list', { name: 'Timeline events' }, { timeout: 20_000 });
    const edits = within(list).getAllByRole('button', { name: /^Edit event Alert fired/ });
    const deletes = within(list).getAllByRole('button', { name: /^Delete event Alert fired/ });
    expect(edits).toHaveLength(2);
    expect(new Set(edits.map((b) => b.textContent)).size).toBe(2);
    expect(new Set(deletes.map((b) => b.textContent)).size).toBe(2);
    // An event whose words are its own keeps the short name.
    expect(within(list).getByRole('button', { name: 'Delete event Rolled back' })).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(list).getByRole('button', { name: /^Delete event Alert fired.*02:32/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete event' }));
    await waitFor(() =>
      expect(s.retro().timeline.map((t) => [t.at, t.event])).toEqual([
        ['2026-11-18T02:12:00.000Z', 'Alert fired'],
        ['2026-11-18T02:20:00.000Z', 'Rolled back'],
      ]),
    );
  });
});
