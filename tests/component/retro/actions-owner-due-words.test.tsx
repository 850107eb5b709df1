import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

function withActions(...actions: { text: string; owned: boolean; due: string | null }[]) {
  return async (x: Omit<Seeded, 'team' | 'retro'>) => {
    for (const a of actions) {
      await x.backend.api.addRetroAction({
        teamId: x.teamId,
        retroId: x.retroId,
        action: {
          text: a.text,
          ownerId: a.owned ? x.members.ana : null,
          dueDate: a.due,
          type: 'prevent',
          ticketKey: '',
          sourceId: null,
        },
      });
    }
  };
}

/** The Actions phase said "Each has an owner and a due date" whatever the actions held. */
describe('actions phase: what it says of owners and due dates', () => {
  it('says how many actions still need an owner or a due date', async () => {
    await renderRetro('actions', {
      prepare: withActions(
        { text: 'Raise thresholds', owned: true, due: '2026-12-20' },
        { text: 'Page less', owned: false, due: null },
        { text: 'Write the runbook', owned: true, due: null },
      ),
    });
    expect(await screen.findByText(/^3 action items\./)).toHaveTextContent(
      '3 action items. 1 has no owner and 2 have no due date yet: give each one before the retro ends. Open ones come back at the next retro.',
    );
    expect(screen.queryByText(/Each has an owner and a due date/)).not.toBeInTheDocument();
  });

  it('says each has both when they do', async () => {
    await renderRetro('actions', {
      prepare: withActions({ text: 'Raise thresholds', owned: true, due: '2026-12-20' }),
    });
    expect(await screen.findByText(/^1 action item\./)).toHaveTextContent(
      '1 action item. Each has an owner and a due date; open ones come back at the next retro.',
    );
  });
});
