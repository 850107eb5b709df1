import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, endedStandup, seedWith } from './seed';

describe('standup history with two standups on one day', { timeout: 20_000 }, () => {
  it('names each by its time of day on the team’s clock, so each Show button says which it shows', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    doc.settings.timeZone = 'Australia/Sydney';
    const sprintId = doc.sprints[0]!.id;
    // Wed 25 Nov in Sydney: 09:30 (22:30 UTC the day before) and 16:00 (05:00 UTC).
    doc.standups.push(
      endedStandup({ id: 'st-1', sprintId, date: '2026-11-25', startedAt: '2026-11-24T22:30:00.000Z' }),
      endedStandup({ id: 'st-2', sprintId, date: '2026-11-25', startedAt: '2026-11-25T05:00:00.000Z' }),
    );
    await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));

    const history = await screen.findByRole('table', { name: 'Standups of this sprint' });
    expect(
      within(history)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Wed 25 Nov, 16:00', 'Wed 25 Nov, 09:30']);
    await user.click(within(history).getByRole('button', { name: 'Show the summary of Wed 25 Nov, 09:30' }));
    expect(within(history).getByRole('button', { name: 'Show the summary of Wed 25 Nov, 09:30' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(history).getByRole('button', { name: 'Show the summary of Wed 25 Nov, 16:00' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
