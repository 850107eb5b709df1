import { useId, useRef, useState, type ChangeEvent } from 'react';
import { MAX_WORKSPACE_FILE_BYTES, MAX_WORKSPACE_FILE_SIZE, type ImportPreview } from '../../../src/api/contract/data';
import { messageOf } from '../../api/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { useAppStore } from '../../store';
import { plural } from '../../../src/domain/shared/words';
import { notShownText } from './backup-format';
import { sharedReplaceNote, useSharedTeamNames } from './shared-replace-note';

interface Pending {
  fileName: string;
  content: string;
  preview: ImportPreview;
}

function previewText(p: Pending, sharedTeams: readonly string[]): string {
  const teams = p.preview.teams
    .map((t) => `${t.name} (${plural(t.members, 'member')}, ${plural(t.items, 'backlog item')})`)
    .join('; ');
  const upgraded = p.preview.migratedFrom ? ` It was made by an older version and will be upgraded.` : '';
  return (
    `${p.fileName} holds ${plural(p.preview.teams.length, 'team')}` +
    `${teams ? `: ${teams}` : ''}.${upgraded} Importing replaces ALL current data with it. ` +
    `The data you have now is backed up first and can be restored from the Backups list. ` +
    sharedReplaceNote(
      p.preview.teams.map((t) => t.name),
      sharedTeams,
      'file',
    )
  ).trim();
}

/** Whole-workspace export (a JSON file) and import (validated in full before anything changes). */
export function TransferPanel({ readOnly }: { readOnly: boolean }) {
  const exportWorkspace = useAppStore((s) => s.exportWorkspace);
  const previewImport = useAppStore((s) => s.previewImport);
  const importWorkspace = useAppStore((s) => s.importWorkspace);
  const pushToast = useAppStore((s) => s.pushToast);
  const [error, setError] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const sharedTeams = useSharedTeamNames();
  const fileRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const onExport = async () => {
    setExportError(null);
    try {
      const outcome = await exportWorkspace();
      if (outcome !== 'cancelled') pushToast({ kind: 'success', message: 'Workspace exported.' });
    } catch (e) {
      // Beside the button, whole: a refusal says what to do first (what the room keeps hidden), more
      // than a notification's two lines hold.
      setExportError(messageOf(e));
    }
  };

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setError(null);
    if (!file) return;
    // The contract's bound, checked before reading: a larger file would only be read to be refused.
    if (file.size > MAX_WORKSPACE_FILE_BYTES) {
      setError(
        `${file.name} is larger than ${MAX_WORKSPACE_FILE_SIZE}; that is not a Cadence export. Nothing was changed.`,
      );
      return;
    }
    try {
      const content = await file.text();
      setPending({ fileName: file.name, content, preview: await previewImport(content) });
    } catch (e) {
      setError(`${file.name}: ${messageOf(e)}`);
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const onConfirm = async (p: Pending) => {
    setPending(null);
    try {
      const result = await importWorkspace(p.content);
      // Not shown yet, it is said for longer (info), with what to do.
      pushToast({
        kind: result.notShown === null ? 'success' : 'info',
        message: `Imported ${plural(result.teams.length, 'team')} from ${p.fileName}. The previous data is in the newest backup.${notShownText('imported', result.notShown)}`,
      });
    } catch (e) {
      setError(`${p.fileName}: ${messageOf(e)}`);
    }
  };

  return (
    <section className="panel" aria-labelledby="transfer-title">
      <h3 id="transfer-title">Export and import</h3>
      <p className="muted">
        The export is one JSON file with every team, sprint and retro: keep it somewhere safe or move it to another
        machine. Importing checks the whole file first and either applies all of it or nothing.
      </p>
      <div className="transfer-actions">
        <button type="button" className="primary" onClick={() => void onExport()}>
          Export workspace (JSON)
        </button>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor={inputId}>Import a workspace file (replaces all data)</label>
          <input
            ref={fileRef}
            id={inputId}
            type="file"
            accept=".json,application/json"
            disabled={readOnly}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(e) => void onPick(e)}
          />
          {error ? (
            <p className="field__error" id={`${inputId}-error`} role="alert">
              {error}
            </p>
          ) : null}
        </div>
      </div>
      <FormError message={exportError} />
      {pending ? (
        <ConfirmDialog
          title="Replace all data with this file?"
          message={previewText(pending, sharedTeams)}
          confirmLabel="Replace all data"
          onConfirm={() => void onConfirm(pending)}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </section>
  );
}
