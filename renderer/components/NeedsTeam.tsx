import { useAppStore } from '../store';

/** Shown by team-scoped screens until a team exists. */
export function NeedsTeam({ title }: { title: string }) {
  const navigate = useAppStore((s) => s.navigate);
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
