import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { holdCalls } from '../api-calls';
import { renderApp } from '../render-app';
import { manualEvents } from '../room/fake-room';
import { boardTeam, seedWith } from './seed';

const title = 'Patch the bastion hosts';

/**
 * A card moved on the board while a refresh is on its way (a sync brought changes, another window saved something):
 * the refresh's answer may predate the move's save, and must not put the card back in its old column meanwhile.
 */
describe('a card whose move is still saving when the team is fetched again', { timeout: 30_000 }, () => {
  for (const [cause, event] of [
    ['another window changed the team', 'team-changed'],
    ['a sync or another window changed the team list', 'teams-changed'],
  ] as const) {
    it(`stays in the column it was moved to when ${cause}`, async () => {
      const user = userEvent.setup({ delay: null });
      const events = manualEvents();
      const doc = boardTeam();
      const backend = await renderApp('standup', seedWith(doc), { events: events.source });
      const move = await screen.findByRole('button', { name: `Move ${title} to In progress` }, { timeout: 10_000 });
      const held = holdCalls(backend, 'moveBoardCard');
      try {
        await user.click(move);
        await waitFor(() => expect(held.calls).toBe(1));
        expect(screen.getByRole('list', { name: 'Planned: In progress, 1 card' })).toBeInTheDocument();
        // The team fetched again while the move is held: its answer still has the card in To do.
        events.emit(event === 'team-changed' ? { type: 'team-changed', teamId: doc.id } : { type: 'teams-changed' });
        // Give the refetch time to answer and be shown.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(screen.getByRole('list', { name: 'Planned: In progress, 1 card' })).toBeInTheDocument();
        expect(
          within(screen.getByRole('list', { name: /^Planned: To do/ })).queryByText(title),
        ).not.toBeInTheDocument();
      } finally {
        held.release();
      }
      const inProgress = await screen.findByRole('list', { name: 'Planned: In progress, 1 card' });
      expect(within(inProgress).getByText(title)).toBeInTheDocument();
      await waitFor(async () =>
        expect((await backend.api.getTeam({ teamId: doc.id })).items.find((i) => i.title === title)?.status).toBe(
          'in_progress',
        ),
      );
    });
  }
});
