import { useRef, useState } from 'react';
import type { SyncStatus } from '../../../../src/api/contract/sync';
import { plural } from '../../../../src/domain/shared/words';
import { messageOf } from '../../../api/errors';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormError } from '../../../components/FormError';
import { syncStateText } from '../../../components/sync/sync-words';
import { useAppStore } from '../../../store';
import { AuthorForm } from './AuthorForm';
import { ConflictsPanel } from './ConflictsPanel';
import { decisionsText, lastSyncedText, reportText } from './sync-report';
import { TokenForm } from './TokenForm';

interface SharedTeamProps {
  teamName: string;
  status: SyncStatus;
  readOnly: boolean;
  /** Shows a sentence on the section's result line and moves the focus there. */
  onResult: (text: string) => void;
}

/** A shared team: where it is shared, how it stands, Sync now, Stop sharing, and the open conflicts. */
export function SharedTeam({ teamName, status, readOnly, onResult }: SharedTeamProps) {
  const syncTeam = useAppStore((s) => s.syncTeam);
  const resolve = useAppStore((s) => s.resolveSyncConflicts);
  const stopSharing = useAppStore((s) => s.stopSharing);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replacing, setReplacing] = useState(false);
  const replaceButton = useRef<HTMLButtonElement>(null);
  const [changingAuthor, setChangingAuthor] = useState(false);
  const authorButton = useRef<HTMLButtonElement>(null);
  // Only an http(s) remote takes a token; ssh uses the account's keys, a folder needs nothing.
  const takesToken = /^https?:\/\//.test(status.remote);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      onResult(await work());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const stop = () => {
    setConfirming(false);
    void run(async () => {
      await stopSharing(status.teamId);
      return `${teamName} is no longer shared from this machine. The team stays here and on the remote.`;
    });
  };

  const n = status.pendingChanges;
  const waiting = n > 0 ? ` ${plural(n, 'change')} not yet sent ${n === 1 ? 'stays' : 'stay'} only here.` : '';

  return (
    <div className="sync-shared">
      <dl className="data-where">
        <dt>Remote</dt>
        <dd>
          <code>{status.remote}</code>
        </dd>
        <dt>State</dt>
        <dd className={`sync-state-text sync-state-text--${status.state}`}>{syncStateText(status)}</dd>
        <dt>Last synced</dt>
        <dd>{lastSyncedText(status.lastSyncedAt)}</dd>
      </dl>
      <p>Commits are made as “{status.author}”.</p>
      {status.message ? <p className="notice-inline">{status.message}</p> : null}
      {status.notes.length > 0 ? (
        <section className="sync-notes" aria-label="From the last merge">
          <h4>From the last merge</h4>
          <ul>
            {status.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <FormError message={error} />
      <div className="toolbar sync-actions">
        {/* aria-disabled while a sync runs: a disabled button would drop the focus to the page. */}
        <button
          type="button"
          className="primary"
          disabled={readOnly}
          aria-disabled={busy || status.state === 'syncing' || undefined}
          onClick={() => {
            if (!busy && status.state !== 'syncing') void run(async () => reportText(await syncTeam(status.teamId)));
          }}
        >
          Sync now
        </button>
        {takesToken ? (
          <button
            type="button"
            ref={replaceButton}
            disabled={readOnly}
            aria-expanded={replacing}
            onClick={() => setReplacing(true)}
          >
            Replace the token
          </button>
        ) : null}
        <button
          type="button"
          ref={authorButton}
          disabled={readOnly}
          aria-expanded={changingAuthor}
          onClick={() => setChangingAuthor(true)}
        >
          Change author
        </button>
        {/* aria-disabled while busy, as Sync now: the dialog gives the focus back here, and a refusal leaves it here. */}
        <button
          type="button"
          className="danger"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) setConfirming(true);
          }}
        >
          Stop sharing
        </button>
      </div>
      {replacing ? (
        <TokenForm
          teamId={status.teamId}
          onDone={(text) => {
            setReplacing(false);
            onResult(text);
          }}
          onCancel={() => {
            setReplacing(false);
            replaceButton.current?.focus();
          }}
        />
      ) : null}
      {changingAuthor ? (
        <AuthorForm
          teamId={status.teamId}
          teamName={teamName}
          author={status.author}
          onDone={(text) => {
            setChangingAuthor(false);
            onResult(text);
          }}
          onCancel={() => {
            setChangingAuthor(false);
            authorButton.current?.focus();
          }}
        />
      ) : null}
      {/* Kept while the decisions are applied (the state is 'syncing' then), so the choices and the focus stay. */}
      {status.conflicts.length > 0 ? (
        <ConflictsPanel
          conflicts={status.conflicts}
          disabled={readOnly}
          onApply={async (decisions) => {
            onResult(decisionsText(await resolve(status.teamId, decisions)));
          }}
        />
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title="Stop sharing this team?"
          message={`${teamName} stays on this machine and on the remote, but this machine stops sending and receiving its changes and forgets the token.${waiting}`}
          confirmLabel="Stop sharing"
          onConfirm={stop}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
