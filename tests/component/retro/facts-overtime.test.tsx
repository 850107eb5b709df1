import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StandupSessionSchema } from '../../../src/domain/standup/schema';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** An ended standup of `sprintId` that ran `overtimeMs` over, as the standup service stores it. */
const endedStandup = (sprintId: string, overtimeMs: number) =>
  StandupSessionSchema.parse({
    id: 'st-1',
    sprintId,
    state: 'ended',
    timer: {
      speakerMs: 90_000,
      totalMs: 900_000,
      startedAt: '2026-11-05T09:00:00.000Z',
      endedAt: '2026-11-05T09:16:30.400Z',
      pausedAt: null,
      pausedMs: 0,
      current: null,
      turns: [{ memberId: 'm1', name: 'Ada', status: 'done', runningSince: null, spentMs: 60_000, extraMs: 0 }],
    },
    summary: {
      date: '2026-11-05',
      sprintName: 'Sprint 7',
      durationMs: 990_400,
      totalMs: 900_000,
      overtimeMs,
      speakers: [],
      notes: [],
      blockersRaised: [],
      openBlockers: 0,
      parkingLot: [],
    },
  });

describe('sprint facts phase: standup overtime', () => {
  it('reads the time the standups ran over as the standup summary does, "1 min 30 s"', async () => {
    await renderRetro('facts', {
      prepare: async (x) => {
        await x.backend.store.mutate({ teamId: x.teamId }, (d) => {
          const team = d.teams.find((t) => t.id === x.teamId)!;
          team.standups.push(endedStandup(team.sprints[0]!.id, 90_400));
        });
      },
    });
    const facts = (await screen.findByText('Committed', {}, { timeout: 5000 })).closest('dl')!;
    expect(within(facts).getByText('Standup overtime').nextElementSibling).toHaveTextContent('1 min 30 s');
  });
});
