import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StandupSessionSchema, type StandupSession } from '../../../src/domain/standup/schema';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** An ended standup of Sprint 7 started at `startedAt`, as the service stores it. */
function endedStandup(id: string, sprintId: string, date: string, startedAt: string): StandupSession {
  return StandupSessionSchema.parse({
    id,
    sprintId,
    state: 'ended',
    timer: {
      speakerMs: 90_000,
      totalMs: 900_000,
      startedAt,
      endedAt: new Date(Date.parse(startedAt) + 600_000).toISOString(),
      pausedAt: null,
      pausedMs: 0,
      current: null,
      turns: [{ memberId: 'm1', name: 'Ada', status: 'done', runningSince: null, spentMs: 60_000, extraMs: 0 }],
    },
    summary: {
      date,
      sprintName: 'Sprint 7',
      durationMs: 600_000,
      totalMs: 900_000,
      overtimeMs: 0,
      speakers: [],
      notes: [],
      blockersRaised: [],
      openBlockers: 0,
      parkingLot: [],
    },
  });
}

describe('standup history with two standups on one day', { timeout: 20_000 }, () => {
  it('names each by its time of day on the team’s clock, so each Show button says which it shows', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    doc.settings.timeZone = 'Australia/Sydney';
    const sprintId = doc.sprints[0]!.id;
    // Wed 25 Nov in Sydney: 09:30 (22:30 UTC the day before) and 16:00 (05:00 UTC).
    doc.standups.push(
      endedStandup('st-1', sprintId, '2026-11-25', '2026-11-24T22:30:00.000Z'),
      endedStandup('st-2', sprintId, '2026-11-25', '2026-11-25T05:00:00.000Z'),
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
