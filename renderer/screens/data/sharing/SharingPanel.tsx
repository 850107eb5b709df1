import { useState } from 'react';
import { focusSoon, byId } from '../../../components/focus-soon';
import { SHARING_HEADING_ID } from '../../../components/sync/sync-words';
import { useAppStore } from '../../../store';
import '../../../styles/sync.css';
import { RemoteForm } from './RemoteForm';
import { SharedTeam } from './SharedTeam';
import { reportText } from './sync-report';

const RESULT_ID = 'sharing-result';

/** Data & backups' Sharing section: share the open team through a Git remote, join one, sync, decide conflicts. */
export function SharingPanel({ readOnly }: { readOnly: boolean }) {
  const team = useAppStore((s) => s.team);
  const status = useAppStore((s) => (team ? (s.syncStatuses?.find((x) => x.teamId === team.id) ?? null) : null));
  const shareTeam = useAppStore((s) => s.shareTeam);
  const joinSharedTeam = useAppStore((s) => s.joinSharedTeam);
  /**
   * What the last action did, and for which team: shown (and read out) above the forms while that team is open,
   * and the focus goes there. A sync of a team the person has since switched from says nothing under another team.
   */
  const [result, setResult] = useState<{ teamId: string; text: string } | null>(null);

  const show = (teamId: string, text: string) => {
    setResult({ teamId, text });
    if (useAppStore.getState().team?.id === teamId) focusSoon(byId(RESULT_ID, text));
  };

  return (
    <section className="panel sharing" aria-labelledby={SHARING_HEADING_ID}>
      <h3 id={SHARING_HEADING_ID}>Sharing</h3>
      <p className="muted">
        Share a team with other facilitators&apos; machines through a Git remote your team already has (GitLab, GitHub,
        Gitea, or a bare repository on a shared drive). Cadence syncs when it starts, when a ceremony ends and every few
        minutes; each machine&apos;s changes are merged, and where two machines changed the same thing you decide.
      </p>
      <p id={RESULT_ID} className="sync-result" role="status">
        {result && result.teamId === team?.id ? result.text : null}
      </p>
      {/* Two forms side by side while the team is not shared; a shared team's state and conflicts take the width. */}
      <div className={status ? 'sharing__stack' : 'sharing__columns'}>
        {!team ? (
          <p className="empty">Open or create a team to share it.</p>
        ) : status ? (
          // One per team: a choice, a token or a name typed for one team is never sent for the team switched to.
          <SharedTeam
            key={team.id}
            teamName={team.name}
            status={status}
            readOnly={readOnly}
            onResult={(text) => show(status.teamId, text)}
          />
        ) : (
          <RemoteForm
            key={team.id}
            title="Share this team"
            intro={`Sends ${team.name} to a remote that is empty or already holds this team.`}
            submitLabel="Share this team"
            disabled={readOnly}
            onSubmit={async (input) => {
              const report = await shareTeam(input);
              show(team.id, `Shared ${team.name} through ${report.status.remote}. ${reportText(report)}`);
            }}
          />
        )}
        <RemoteForm
          title="Join a shared team"
          intro="Brings in the team a remote holds, as a new team here (it is matched by its id, not its name)."
          submitLabel="Join the team"
          disabled={readOnly}
          onSubmit={async (input) => {
            const report = await joinSharedTeam(input);
            const joined = useAppStore.getState().teams.find((t) => t.id === report.status.teamId)?.name ?? 'the team';
            show(report.status.teamId, `Joined ${joined} from ${report.status.remote}. It is now the open team.`);
          }}
        />
      </div>
    </section>
  );
}
