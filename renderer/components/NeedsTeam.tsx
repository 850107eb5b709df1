import { useAppStore } from '../store';

/** Shown by team-scoped screens while the teams load, then until a team exists. */
export function NeedsTeam({ title }: { title: string }) {
  const navigate = useAppStore((s) => s.navigate);
  // Teams exist (or are still being listed) but the open one has not arrived yet.
  const loading = useAppStore((s) => !s.teamsLoaded || s.teams.length > 0);
  if (loading) {
    return (
      <section className="screen" aria-labelledby="needs-team-title" aria-busy="true">
        <h2 id="needs-team-title">{title}</h2>
        <p className="loading">Loading…</p>
      </section>
    );
  }
  return (
    <section className="screen" aria-labelledby="needs-team-title">
      <h2 id="needs-team-title">{title}</h2>
      <p className="empty">There is no team yet. Create one to get started.</p>
      <button type="button" className="primary" onClick={() => navigate('team')}>
        Go to Team
      </button>
    </section>
  );
}
