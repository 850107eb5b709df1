import { FolderActions } from '../screens/data/FolderActions';
import { useAppStore } from '../store';
import '../styles/data.css';

/** What the data layer wants the person to know at start-up: recovery from a damaged file, read-only mode. */
export function Notices() {
  const status = useAppStore((s) => s.status);
  const navigate = useAppStore((s) => s.navigate);
  const screen = useAppStore((s) => s.screen);
  if (!status || status.notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Data notices">
      {status.notices.map((n) => (
        <div key={n.kind + n.message} className={`notice notice--${n.kind}`} role="status">
          <p>{n.message}</p>
          {screen !== 'data' ? (
            <div className="notice__actions">
              <FolderActions />
              <button type="button" onClick={() => navigate('data')}>
                See all backups
              </button>
            </div>
          ) : null}
        </div>
      ))}
    </section>
  );
}
