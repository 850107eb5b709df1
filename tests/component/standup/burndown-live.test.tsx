import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** The burndown follows the board at once: no clock decides when a card moved to Done counts. */

/** The "Planned left" cell of one day in the burndown table. */
function plannedLeft(day: string): string | null | undefined {
  const table = screen.getByRole('table', { name: 'Burndown by day' });
  const row = within(table).getByRole('rowheader', { name: day }).closest('tr');
  return row?.querySelectorAll('td')[1]?.textContent;
}

describe('the burndown on the board', () => {
  beforeEach(() => {
    // Only the date is faked (timers stay real): Wednesday of the seeded sprint, at the start of the standup.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T09:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('burns a card down the moment it is moved to Done, later in the standup', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    await screen.findByRole('list', { name: 'Planned: Review, 1 card' }, { timeout: 10_000 });
    expect(plannedLeft('Wed 25')).toBe('8 points');
    expect(screen.getByText(/^Committed/)).toHaveTextContent(/^Committed 8 points\./);

    // Five minutes into the standup the 3-point card is done.
    vi.setSystemTime(new Date('2026-11-25T09:05:00.000Z'));
    await user.click(screen.getByRole('button', { name: 'Move Tune the alert thresholds to Done' }));
    await screen.findByRole('list', { name: 'Planned: Done, 1 card' });

    await waitFor(() => expect(plannedLeft('Wed 25')).toBe('5 points'));
    // Once the save has landed (the server's answer replaces the card), it stays burned down.
    const saved = async () => (await backend.api.getTeam({ teamId: doc.id })).items.find((i) => i.status === 'done');
    await waitFor(async () => expect((await saved())?.completedAt).toBe('2026-11-25T09:05:00.000Z'));
    expect(plannedLeft('Wed 25')).toBe('5 points');
    expect(
      screen.getByRole('rowheader', { name: 'Thu 26' }).closest('tr')?.querySelectorAll('td')[1],
    ).toHaveAccessibleName('not yet');
  });
});
