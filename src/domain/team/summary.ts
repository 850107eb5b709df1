import type { TeamDoc } from '../workspace';

/** A team as the team list shows it, without its collections. */
export interface TeamSummary {
  id: string;
  name: string;
  memberCount: number;
  itemCount: number;
}

/** Kept apart from the schemas (no zod here): the renderer's first load uses it. */
export function summarizeTeam(team: TeamDoc): TeamSummary {
  return { id: team.id, name: team.name, memberCount: team.members.length, itemCount: team.items.length };
}
