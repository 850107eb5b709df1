import { configure } from '@testing-library/react';
import type { Commitment } from '../../../src/domain/planning/schema';
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
