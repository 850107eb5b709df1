import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StandupSessionSchema, type StandupSession } from '../../../src/domain/standup/schema';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** An ended 10-minute standup of Sprint 7 started at `startedAt`, its summary dated `date` as the service dates it. */
function endedStandup(id: string, sprintId: string, date: string, startedAt: string): StandupSession {
  const at = Date.parse(startedAt);
  return StandupSessionSchema.parse({
    id,
    sprintId,
    state: 'ended',
    timer: {
      speakerMs: 90_000,
      totalMs: 900_000,
      startedAt,
      endedAt: new Date(at + 600_000).toISOString(),
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

describe('the summary of one of two standups on one day', { timeout: 20_000 }, () => {
  it('says the time it started on the team’s clock, on screen and in its Markdown', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    doc.settings.timeZone = 'Australia/Sydney';
    const sprintId = doc.sprints[0]!.id;
    // Wed 25 Nov in Sydney: 09:30 (22:30 UTC the day before) and, after an incident, 16:00 (05:00 UTC).
    doc.standups.push(
      endedStandup('st-1', sprintId, '2026-11-25', '2026-11-24T22:30:00.000Z'),
      endedStandup('st-2', sprintId, '2026-11-25', '2026-11-25T05:00:00.000Z'),
    );
    await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));

    const last = await screen.findByRole('region', { name: 'Last standup summary' });
    expect(last).toHaveTextContent(/^Last standup summaryWed 25 Nov, 16:00 · Sprint 7 · took 10 min/);

    const history = screen.getByRole('table', { name: 'Standups of this sprint' });
    await user.click(within(history).getByRole('button', { name: 'Show the summary of Wed 25 Nov, 09:30' }));
    const earlier = await screen.findByRole('region', { name: 'Standup summary of Wed 25 Nov, 09:30 (Sprint 7)' });
    expect(earlier).toHaveTextContent(/Wed 25 Nov, 09:30 · Sprint 7 · took 10 min/);
    await user.click(within(earlier).getByRole('button', { name: 'Show Markdown' }));
    const markdown = within(earlier).getByRole('textbox', { name: 'Summary as Markdown' }) as HTMLTextAreaElement;
    expect(markdown.value.split('\n')[0]).toBe('# Standup Wed 25 Nov 2026, 09:30 — Sprint 7');
  });
});
