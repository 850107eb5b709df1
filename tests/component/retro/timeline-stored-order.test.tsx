import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/**
 * An older version sorted the timeline as text, where "02:12:00.500Z" comes before "02:12:00Z" ('.' before 'Z'):
 * such a file holds its events out of time order until one is added or edited.
 */
async function storedAsText(x: Omit<Seeded, 'team' | 'retro'>) {
  await x.backend.store.mutate({ teamId: x.teamId }, (d) => {
    const retro = d.teams.find((t) => t.id === x.teamId)!.retros.find((r) => r.id === x.retroId)!;
    retro.timeline = [
      { id: 'ev-ack', at: '2026-11-18T02:12:00.500Z', event: 'On-call acked the page', link: '' },
      { id: 'ev-page', at: '2026-11-18T02:12:00Z', event: 'DNS probe paged on-call', link: '' },
      { id: 'ev-fix', at: '2026-11-18T02:40:00Z', event: 'Resolver config rolled back', link: '' },
    ];
  });
}

describe('postmortem timeline stored out of time order', () => {
  it('is shown in time order at once, as the exports list it', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem', prepare: storedAsText });
    const list = await screen.findByRole('list', { name: 'Timeline events' }, { timeout: 20_000 });
    const shown = within(list)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.timeline__event')?.textContent);
    expect(shown).toEqual(['DNS probe paged on-call', 'On-call acked the page', 'Resolver config rolled back']);
    // Only shown so: nothing was written back.
    expect(s.retro().timeline.map((t) => t.id)).toEqual(['ev-ack', 'ev-page', 'ev-fix']);
  });
});
