import { useAppStore } from '../store';

/** Picks the team every screen works on. */
export function TeamSwitcher() {
  const teams = useAppStore((s) => s.teams);
  const teamId = useAppStore((s) => s.team?.id ?? '');
  const selectTeam = useAppStore((s) => s.selectTeam);
  const reportError = useAppStore((s) => s.reportError);
  if (teams.length === 0) return <p className="team-switcher team-switcher--empty">No team yet</p>;
  return (
    <div className="team-switcher">
      <label htmlFor="team-switcher">Team</label>
      <select id="team-switcher" value={teamId} onChange={(e) => selectTeam(e.target.value).catch(reportError)}>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  );
}
