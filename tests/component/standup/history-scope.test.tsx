import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StandupSessionSchema, type StandupSession } from '../../../src/domain/standup/schema';
import { sprint } from '../../helpers/fixtures';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** An ended standup of `sprintId` on `date`, as the service stores it. */
function endedStandup(id: string, sprintId: string | null, sprintName: string | null, date: string): StandupSession {
  return StandupSessionSchema.parse({
    id,
    sprintId,
    state: 'ended',
    timer: {
      speakerMs: 90_000,
      totalMs: 900_000,
      startedAt: `${date}T09:00:00.000Z`,
      endedAt: `${date}T09:10:00.000Z`,
      pausedAt: null,
      pausedMs: 0,
      current: null,
      turns: [{ memberId: 'm1', name: 'Ada', status: 'done', runningSince: null, spentMs: 60_000, extraMs: 0 }],
    },
    summary: {
      date,
      sprintName,
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

describe('standup history without an active sprint', { timeout: 20_000 }, () => {
  it('does not call standups of an old sprint “of this sprint”, and says which sprint the last one was', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam({ active: false });
    const old = sprint({ name: 'Sprint 6', startDate: '2026-11-09', endDate: '2026-11-20', state: 'closed' });
    doc.sprints.push(old);
    doc.standups.push(
      endedStandup('st-1', old.id, 'Sprint 6', '2026-11-19'),
      endedStandup('st-2', old.id, 'Sprint 6', '2026-11-20'),
    );
    await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));

    expect(await screen.findByRole('region', { name: /^Last standup summary/ })).toHaveAccessibleName(/Sprint 6/);
    expect(screen.queryByText(/Standups of this sprint/)).toBeNull();
    const history = screen.getByRole('table', { name: /standups/i });
    expect(within(history).getAllByRole('row')).toHaveLength(3);
  });
});
