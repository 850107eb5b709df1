import { useMemo } from 'react';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { useAppStore } from '../../store';

/** Sprints in date order, newest last. */
export function sortedSprints(team: TeamDoc): Sprint[] {
  return [...team.sprints].sort((a, b) => a.startDate.localeCompare(b.startDate));
}

/** The sprint the screen shows: the one picked, else the active one, else the first planned, else the latest. */
export function pickSprint(team: TeamDoc, wanted: string | null): Sprint | null {
  const sprints = sortedSprints(team);
  return (
    sprints.find((s) => s.id === wanted) ??
    sprints.find((s) => s.state === 'active') ??
    sprints.find((s) => s.state === 'planned') ??
    sprints.at(-1) ??
    null
  );
}

export function useCurrentSprint(): Sprint | null {
  const team = useAppStore((s) => s.team);
  const wanted = useAppStore((s) => s.planningSprintId);
  return useMemo(() => (team ? pickSprint(team, wanted) : null), [team, wanted]);
}

export const STATE_NAMES: Record<Sprint['state'], string> = {
  planned: 'Planned',
  active: 'Active',
  closed: 'Closed',
};

/** The open sprint's heading and status line on the planning screen: where focus goes after create and start. */
export const SPRINT_HEADING_ID = 'planning-sprint-name';
export const SPRINT_STATUS_ID = 'planning-sprint-status';
/** "Create the first sprint", shown when the team has no sprint: where focus goes after the last one is deleted. */
export const FIRST_SPRINT_ID = 'planning-first-sprint';
