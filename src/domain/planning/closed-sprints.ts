import type { Sprint } from './schema';

/** The sprints closed with a recorded result: the velocity history. */
export function closedSprints(sprints: readonly Sprint[]): Sprint[] {
  return sprints.filter((s) => s.state === 'closed' && s.result);
}

/** The latest `count` of the closed sprints, oldest first. */
export function latestClosedSprints(sprints: readonly Sprint[], count: number): Sprint[] {
  return closedSprints(sprints)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .slice(-count);
}
