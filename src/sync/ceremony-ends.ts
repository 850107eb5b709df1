import type { TeamDoc } from '../domain/workspace';

/**
 * Whether a change to a team ended a ceremony worth sending at once: a sprint started or closed, a standup
 * ended, a review's goal outcome was recorded, a retro reached its actions. Compares two states by id.
 */
export function endedACeremony(before: TeamDoc, after: TeamDoc): boolean {
  const sprintBefore = new Map(before.sprints.map((s) => [s.id, s.state]));
  if (after.sprints.some((s) => s.state !== 'planned' && sprintBefore.get(s.id) !== s.state)) return true;
  const standupBefore = new Map(before.standups.map((s) => [s.id, s.state]));
  if (after.standups.some((s) => s.state === 'ended' && standupBefore.get(s.id) !== 'ended')) return true;
  const reviewBefore = new Map(before.reviews.map((r) => [r.id, r.goalOutcome.status]));
  if (after.reviews.some((r) => r.goalOutcome.status !== null && reviewBefore.get(r.id) !== r.goalOutcome.status)) {
    return true;
  }
  const retroBefore = new Map(before.retros.map((r) => [r.id, r.phase]));
  return after.retros.some((r) => r.phase === 'actions' && retroBefore.get(r.id) !== 'actions');
}
