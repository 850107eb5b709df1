import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** Only the date is faked: the screen's timers run as usual. */
function now(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

/** The board with "Patch the bastion hosts" moved into In progress at `movedAt`; its age on the card. */
async function ageOfMovedCard(movedAt: string, timeZone = 'UTC') {
  const doc = boardTeam();
  const items = doc.items.map((i) =>
    i.title === 'Patch the bastion hosts' ? { ...i, status: 'in_progress' as const, statusChangedAt: movedAt } : i,
  );
  await renderApp('standup', seedWith({ ...doc, items, settings: { ...doc.settings, timeZone } }));
  const column = await screen.findByRole('list', { name: 'Planned: In progress, 1 card' }, { timeout: 10_000 });
  const card = within(column).getByRole('listitem', { name: 'Patch the bastion hosts' });
  return within(card).getByTitle('Time in this column').textContent;
}

describe('a card’s age in its column, as the blockers count days', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a day at the next morning’s standup for a card moved the afternoon before', async () => {
    // Moved Mon 23 Nov at 16:00, looked at in Tuesday's standup at 09:30: a blocker raised then is "1 day" old.
    now('2026-11-24T09:30:00.000Z');
    expect(await ageOfMovedCard('2026-11-23T16:00:00.000Z')).toBe('1 day in this column');
  });

  it('counts the team’s days, not UTC’s', async () => {
    // Moved Thu 26 Nov 08:00 in Sydney (Wed 25 Nov 21:00 UTC); at 19:00 that Sydney day it came in today.
    now('2026-11-26T08:00:00.000Z');
    expect(await ageOfMovedCard('2026-11-25T21:00:00.000Z', 'Australia/Sydney')).toBe('Under a day in this column');
  });
});
