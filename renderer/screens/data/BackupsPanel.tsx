import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupSummary } from '../../../src/api/contract/data';
import { ApiCallError } from '../../api/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { byId, focusSoon } from '../../components/focus-soon';
import { useAppStore } from '../../store';
import { fileSize } from '../../../src/domain/shared/file-size';
import { compareInstants } from '../../../src/domain/planning/calendar';
import { sentenceCase } from '../../../src/domain/shared/words';
import { backupKind, backupTime, notShownText, teamsText } from './backup-format';
import { FolderActions } from './FolderActions';
import { DataTable } from '../../components/DataTable';
import { sharedReplaceNote, useSharedTeamNames } from './shared-replace-note';

/**
 * Where the focus goes when a backup's row left the list: the next restorable backup older than it (the row
 * now in its place), else the oldest restorable one (the row now last, just above where it was); undefined when
 * none can be restored.
 */
function backupInPlaceOf(gone: BackupSummary, list: readonly BackupSummary[]): BackupSummary | undefined {
  const restorable = list.filter((b) => b.teams !== null);
  // By the moment taken, not the text: "…T09:30:00Z" is before "…T09:30:00.500Z", though "." sorts before "Z".
  return restorable.find((b) => compareInstants(b.createdAt, gone.createdAt) < 0) ?? restorable.at(-1);
}

/**
 * Runs `then` after a sync reached a remote (at the timer, from Sync now, a join), which backs the data up before it
 * merges changes in: the Sharing section is on this screen, and that backup is the one to restore to undo the merge.
 * Not when the statuses first arrive, which no sync caused.
 */
function useAfterSyncs(then: () => void): void {
  const reached = useAppStore(
    (s) => s.syncStatuses?.map((status) => `${status.teamId} ${status.lastSyncedAt ?? ''}`).join('\n') ?? null,
  );
  const seen = useRef(reached);
  useEffect(() => {
    const before = seen.current;
    seen.current = reached;
    if (before !== null && reached !== before) then();
  }, [reached, then]);
}

/** The rolling backups, newest first, each restorable after a confirmation. */
export function BackupsPanel({ readOnly }: { readOnly: boolean }) {
  const backups = useAppStore((s) => s.backups);
  const loadBackups = useAppStore((s) => s.loadBackups);
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const backupNow = useAppStore((s) => s.backupNow);
  const reportError = useAppStore((s) => s.reportError);
  const [confirming, setConfirming] = useState<BackupSummary | null>(null);
  const sharedTeams = useSharedTeamNames();
  /**
   * While a backup or a restore runs, Back up now and Restore ignore presses. They keep the focus (aria-disabled, not
   * disabled): the button pressed, or the one the confirmation hands the focus back to, still has it when the
   * restore is refused, rather than the page.
   */
  const [busy, setBusy] = useState(false);
  /** What the last "Back up now" or restore did, shown above the list (and read out); focus goes to it. */
  const [result, setResult] = useState<string | null>(null);
  const backUpNowButton = useRef<HTMLButtonElement>(null);
  const showResult = (message: string) => {
    setResult(message);
    focusSoon(byId('backup-result', message));
  };

  /** Why the list could not be read (a backups folder Cadence may not read), shown where the list would be. */
  const listError = useAppStore((s) => s.backupsProblem);
  /** Reads the list; one that cannot be read is said in its place (listError), not left as "Loading backups…". */
  const refreshList = useCallback(() => loadBackups().catch(() => undefined), [loadBackups]);

  useEffect(() => {
    void refreshList();
  }, [refreshList]);
  useAfterSyncs(refreshList);

  const restore = async (backup: BackupSummary) => {
    setConfirming(null);
    setBusy(true);
    setResult(null);
    try {
      const restored = await restoreBackup(backup.name);
      showResult(
        `Restored the backup from ${backupTime(backup.createdAt)} (${teamsText(restored.teams)}). The data you had before is in the newest backup.${notShownText('restored', restored.notShown)}`,
      );
    } catch (error) {
      reportError(error);
      if (error instanceof ApiCallError) await refreshAfterRefusal(backup);
    } finally {
      setBusy(false);
    }
  };

  /**
   * A refused restore: the list is read again, as the backup may have left the folder meanwhile (pruned as newer
   * ones came in). If its row left, the focus, which was on its Restore button, goes to the row now in its place,
   * else to Back up now.
   */
  const refreshAfterRefusal = async (refused: BackupSummary) => {
    try {
      await loadBackups();
    } catch (error) {
      reportError(error);
      return;
    }
    const listed = useAppStore.getState().backups ?? [];
    if (listed.some((b) => b.name === refused.name)) return;
    const next = backupInPlaceOf(refused, listed);
    focusSoon(() =>
      next
        ? document.querySelector(`.backups-table button[data-backup="${CSS.escape(next.name)}"]`)
        : backUpNowButton.current,
    );
  };

  const takeBackup = async () => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    try {
      const taken = await backupNow();
      // The backup is taken even when the list cannot be read again afterwards (said where the list is).
      const where =
        useAppStore.getState().backupsProblem === null
          ? 'It is first in the list.'
          : 'The list could not be read again.';
      showResult(`Backed up ${teamsText(taken.teams)} at ${backupTime(taken.createdAt)}. ${where}`);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="backups-title">
      <div className="screen-header">
        <h3 id="backups-title">Backups</h3>
        <div className="toolbar">
          <button
            ref={backUpNowButton}
            type="button"
            className="primary"
            aria-disabled={busy || undefined}
            onClick={() => void takeBackup()}
          >
            Back up now
          </button>
          <button type="button" onClick={() => void refreshList()}>
            Refresh list
          </button>
        </div>
      </div>
      <p className="muted">
        Cadence keeps a backup when it starts and every 10 minutes while you work: the last 20, plus one a day for a
        week. A backup taken with Back up now, or before a restore, an import or a team’s deletion, is kept for a week:
        back up now before a risky change. Restoring one backs up the current data first, so a restore can be undone the
        same way.
      </p>
      <p id="backup-result" className="backup-result" role="status">
        {result}
      </p>
      <FolderActions />
      {listError ? (
        <FormError message={listError} />
      ) : backups === null ? (
        <p className="loading">Loading backups…</p>
      ) : backups.length === 0 ? (
        <p className="empty">No backups in the folder. Back up now takes one at once.</p>
      ) : (
        <DataTable
          caption="Backups, newest first"
          className="backups-table"
          columns={[
            'Taken',
            'Why',
            'Size',
            'Contents',
            <span key="actions" className="sr-only">
              Actions
            </span>,
          ]}
        >
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td>
                  <time dateTime={b.createdAt}>{backupTime(b.createdAt)}</time>
                </td>
                <td>{backupKind(b.name)}</td>
                <td>{fileSize(b.size)}</td>
                <td>
                  {b.teams ? (
                    sentenceCase(teamsText(b.teams))
                  ) : (
                    <span className="backup-problem">Cannot be restored: {b.problem}</span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    disabled={readOnly || b.teams === null}
                    aria-disabled={busy || undefined}
                    aria-label={`Restore the backup from ${backupTime(b.createdAt)}`}
                    data-backup={b.name}
                    onClick={() => {
                      if (!busy) setConfirming(b);
                    }}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {confirming ? (
        <ConfirmDialog
          title="Restore this backup?"
          message={`All data will be replaced by the backup from ${backupTime(confirming.createdAt)} (${teamsText(confirming.teams ?? [])}). The data you have now is backed up first, so you can go back to it from this list. ${sharedReplaceNote(confirming.teams ?? [], sharedTeams, 'backup')}`.trim()}
          confirmLabel="Restore this backup"
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}
