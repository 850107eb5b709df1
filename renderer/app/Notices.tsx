import { useAppStore } from '../store';

/** What the data layer wants the person to know at start-up: recovery from a damaged file, read-only mode. */
export function Notices() {
  const status = useAppStore((s) => s.status);
  if (!status || status.notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Data notices">
      {status.notices.map((n) => (
        <div key={n.kind + n.message} className={`notice notice--${n.kind}`} role="status">
          <p>{n.message}</p>
          <p className="notice__where">
            Backups folder: <code>{status.backupDir}</code>
          </p>
        </div>
      ))}
    </section>
  );
}
