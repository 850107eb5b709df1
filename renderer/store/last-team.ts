/** The team open last time, kept in this browser profile so the next start opens it again. */
const LAST_TEAM_KEY = 'cadence.lastTeam';

export function rememberTeam(teamId: string | null): void {
  try {
    if (teamId) localStorage.setItem(LAST_TEAM_KEY, teamId);
    else localStorage.removeItem(LAST_TEAM_KEY);
  } catch {
    // Storage can be unavailable (private mode); remembering the team is only a convenience.
  }
}

export function lastTeamId(): string | null {
  try {
    return localStorage.getItem(LAST_TEAM_KEY);
  } catch {
    return null;
  }
}
