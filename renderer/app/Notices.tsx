import type { AppStatus } from '../../src/api/contract/system';
import { FolderActions } from '../screens/data/FolderActions';
import { useAppStore } from '../store';
import '../styles/data.css';

/**
 * Up to where a notice goes into detail (a reason in brackets, the next clause or sentence), reading a quoted name
 * whole: a team named “Ops: EU” does not end the subject at its colon.
 */
const SUBJECT = /^(?:“[^”]*”|(?! \()(?![.;:] )[^“])*/;

/**
 * What a notice is about, in its own first words: 'The file of team “Platform” could not be read', 'This data file
 * was written by a newer version of Cadence'.
 */
function noticeSubject(notice: AppStatus['notices'][number]): string {
  return SUBJECT.exec(notice.message)?.[0] || notice.message;
}

/** What the data layer wants the person to know at start-up: recovery from a damaged file, read-only mode. */
export function Notices() {
  const status = useAppStore((s) => s.status);
  const navigate = useAppStore((s) => s.navigate);
  const screen = useAppStore((s) => s.screen);
  if (!status || status.notices.length === 0) return null;
  // With several notices, each one's controls are named after it: a screen reader's list of buttons, or a voice
  // command, would otherwise offer "See all backups" twice with nothing to choose between them.
  const several = status.notices.length > 1;
  return (
    <section className="notices" aria-label="Data notices">
      {status.notices.map((n) => {
        const about = several ? noticeSubject(n) : undefined;
        return (
          <div key={n.kind + n.message} className={`notice notice--${n.kind}`} role="status">
            <p>{n.message}</p>
            {screen !== 'data' ? (
              <div className="notice__actions">
                <FolderActions about={about} />
                <button
                  type="button"
                  aria-label={about ? `See all backups (${about})` : undefined}
                  onClick={() => navigate('data')}
                >
                  See all backups
                </button>
              </div>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
