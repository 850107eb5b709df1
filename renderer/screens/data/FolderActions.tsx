import { useId } from 'react';
import { useAppStore } from '../../store';

/**
 * The backups folder, reachable from the start-up notices and the Data screen: the desktop app opens it in
 * the file manager; a browser cannot, so it shows the path with a copy button. `about`: the notice these controls
 * belong to, added to their names when several notices each show them.
 */
export function FolderActions({ label = 'Backups folder', about }: { label?: string; about?: string | undefined }) {
  const named = (words: string) => (about ? `${words} (${about})` : undefined);
  const status = useAppStore((s) => s.status);
  const openBackupsFolder = useAppStore((s) => s.openBackupsFolder);
  const reportError = useAppStore((s) => s.reportError);
  const pushToast = useAppStore((s) => s.pushToast);
  const inputId = useId();
  if (!status) return null;
  if (status.transport === 'electron') {
    return (
      <button
        type="button"
        aria-label={named('Open backups folder')}
        onClick={() => openBackupsFolder().catch(reportError)}
      >
        Open backups folder
      </button>
    );
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(status.backupDir);
      // Said by the notification: the button keeps its name, as it copies again when pressed again.
      pushToast({ kind: 'success', message: 'Backups folder path copied.' });
    } catch {
      pushToast({ kind: 'info', message: 'Copying is blocked here: select the path and press Ctrl+C.' });
    }
  };
  return (
    <div className="folder-path">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        readOnly
        value={status.backupDir}
        aria-label={named(label)}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" aria-label={named('Copy path')} onClick={() => void copy()}>
        Copy path
      </button>
    </div>
  );
}
