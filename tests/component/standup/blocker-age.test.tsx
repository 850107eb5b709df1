import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** Only the date is faked: the screen's timers run as usual. */
function now(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

const blocker = (raisedAt: string) => ({
  id: 'blocker-1',
  text: 'Firewall change not approved',
  ownerId: null,
  raisedAt,
  resolvedAt: null,
  sprintId: null,
  standupId: null,
});

async function openBlockerRow(doc: ReturnType<typeof boardTeam>) {
  const user = userEvent.setup({ delay: null });
  await renderApp('standup', seedWith(doc));
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  const open = screen.getByRole('region', { name: 'Open blockers (1)' });
  return within(open).getByRole('row', { name: /Firewall change not approved/ });
}

describe('the age of an open blocker', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts the team’s days since the day it was raised, as the Raised column dates it', async () => {
    // Raised Mon 23 Nov at 16:00, looked at in Tuesday's standup at 09:30: a day old, not "0 days".
    now('2026-11-24T09:30:00.000Z');
    const row = await openBlockerRow({ ...boardTeam(), blockers: [blocker('2026-11-23T16:00:00.000Z')] });
    expect(row).toHaveTextContent('Mon 23 Nov');
    expect(within(row).getByRole('cell', { name: '1 day' })).toBeInTheDocument();
  });

  it('counts the days in the team’s time zone, not in UTC', async () => {
    // Raised Thu 26 Nov 08:00 in Sydney (Wed 25 Nov 21:00 UTC); at 19:00 the same Sydney day it is 0 days old,
    // though the UTC date has moved on to the 26th.
    now('2026-11-26T08:00:00.000Z');
    const doc = boardTeam();
    const row = await openBlockerRow({
      ...doc,
      settings: { ...doc.settings, timeZone: 'Australia/Sydney' },
      blockers: [blocker('2026-11-25T21:00:00.000Z')],
    });
    expect(row).toHaveTextContent('Thu 26 Nov');
    expect(within(row).getByRole('cell', { name: '0 days' })).toBeInTheDocument();
  });

  it('is a day older each morning of the team, whatever hour it was raised at', async () => {
    // Raised Fri 27 Nov 23:00 UTC in London; at Mon 30 Nov 08:00 it is three days old.
    now('2026-11-30T08:00:00.000Z');
    const doc = boardTeam();
    const row = await openBlockerRow({
      ...doc,
      settings: { ...doc.settings, timeZone: 'Europe/London' },
      blockers: [blocker('2026-11-27T23:00:00.000Z')],
    });
    expect(row).toHaveTextContent('Fri 27 Nov');
    expect(within(row).getByRole('cell', { name: '3 days' })).toBeInTheDocument();
  });
});
