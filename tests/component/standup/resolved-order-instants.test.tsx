import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** A second ago, to the whole second, as a script writes it; and 400 ms later, as Cadence writes it. */
function sameSecond() {
  const at = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000);
  return { first: at.toISOString().replace('.000Z', 'Z'), later: new Date(at.getTime() + 400).toISOString() };
}

describe('resolved blockers and discussed topics written with and without milliseconds', { timeout: 20_000 }, () => {
  it('are listed newest first by when they were resolved or discussed', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    doc.settings.timeZone = 'UTC';
    const { first, later } = sameSecond();
    const entry = { ownerId: null, raisedAt: first, sprintId: null, standupId: null };
    doc.blockers.push(
      { ...entry, id: 'b-1', text: 'Vendor VPN down', resolvedAt: first },
      { ...entry, id: 'b-2', text: 'No DNS access', resolvedAt: later },
    );
    doc.parkingLot.push(
      {
        id: 't-1',
        text: 'Runbook owners',
        stayIds: [],
        raisedAt: first,
        closedAt: first,
        sprintId: null,
        standupId: null,
      },
      { id: 't-2', text: 'Pager rota', stayIds: [], raisedAt: first, closedAt: later, sprintId: null, standupId: null },
    );
    await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));

    await user.click(screen.getByText(/^Recently resolved/));
    const reopen = screen.getAllByRole('button', { name: /^Reopen (Vendor VPN down|No DNS access)$/ });
    expect(reopen.map((b) => b.getAttribute('aria-label'))).toEqual(['Reopen No DNS access', 'Reopen Vendor VPN down']);

    const discussed = screen.getByRole('list', { name: /^Discussed today/ });
    expect(
      within(discussed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Pager rotaReopen', 'Runbook ownersReopen']);
  });
});
