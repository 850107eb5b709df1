import { configure } from '@testing-library/react';
import type { Commitment } from '../../../src/domain/planning/schema';
import { StandupSessionSchema, type StandupSession } from '../../../src/domain/standup/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { item, member, sprint, team } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';

// The machine is shared and the screen loads lazily: give waits room. These are ceilings, not timed assertions.
configure({ asyncUtilTimeout: 5000 });

const commitment: Commitment = {
  at: '2026-11-23T09:00:00.000Z',
  items: [],
  committedPoints: 8,
  personDays: 20,
  pointsPerPersonDay: 1,
  forecastPoints: 10,
  bufferPercent: 20,
  bufferPoints: 2,
  plannablePoints: 8,
};

/** A team with Ada and Bo and (unless told otherwise) an active sprint holding two of their cards. */
export function boardTeam(options: { active?: boolean; members?: boolean } = {}): TeamDoc {
  const ada = member('Ada');
  const bo = member('Bo');
  const s = sprint({
    name: 'Sprint 7',
    startDate: '2026-11-23',
    endDate: '2026-12-04',
    state: options.active === false ? 'planned' : 'active',
    commitment,
  });
  return team('Platform', {
    members: options.members === false ? [] : [ada, bo],
    sprints: [s],
    items: [
      item('Patch the bastion hosts', { sprintId: s.id, points: 5, ownerId: ada.id }),
      item('Tune the alert thresholds', { sprintId: s.id, points: 3, ownerId: bo.id, status: 'review' }),
      item('Backlog only', { points: 2 }),
    ],
  });
}

export function seedWith(doc: TeamDoc) {
  return async (backend: InProcessApi) => {
    await backend.store.mutate('workspace', (draft) => {
      draft.teams.push(doc);
    });
  };
}

/**
 * An ended 10-minute standup with Ada's one turn, as the service stores it: of `sprintId` (named `sprintName` in its
 * summary), its summary dated `date`, started at `startedAt` (09:00 UTC on `date` unless given).
 */
export function endedStandup(options: {
  id: string;
  sprintId: string | null;
  date: string;
  sprintName?: string | null;
  startedAt?: string;
}): StandupSession {
  const startedAt = options.startedAt ?? `${options.date}T09:00:00.000Z`;
  return StandupSessionSchema.parse({
    id: options.id,
    sprintId: options.sprintId,
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
      date: options.date,
      sprintName: options.sprintName === undefined ? 'Sprint 7' : options.sprintName,
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
