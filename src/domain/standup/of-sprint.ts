import type { Sprint } from '../planning/schema';
import type { StandupSession } from './schema';

/**
 * Whether a standup is one of a sprint's: started in it, or still running when the sprint started (the sprint
 * before closed, or none was active, while it ran), so the standup that was on screen then still shows its summary.
 */
export function standupOfSprint(
  session: Pick<StandupSession, 'sprintId' | 'timer'>,
  sprint: Pick<Sprint, 'id' | 'commitment'>,
): boolean {
  if (session.sprintId === sprint.id) return true;
  const sprintStarted = sprint.commitment?.at;
  const { startedAt, endedAt } = session.timer;
  if (sprintStarted === undefined || endedAt === null) return false;
  return Date.parse(startedAt) <= Date.parse(sprintStarted) && Date.parse(sprintStarted) <= Date.parse(endedAt);
}
