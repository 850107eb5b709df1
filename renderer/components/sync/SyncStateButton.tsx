import { focusSoon, byId } from '../focus-soon';
import { useAppStore } from '../../store';
import '../../styles/sync.css';
import { SHARING_HEADING_ID, syncStateText, syncStateTone } from './sync-words';

/** Frames to wait for the Data screen (loaded on first use) before focusing its Sharing heading. */
const SCREEN_LOAD_FRAMES = 180;

/**
 * The open team's sync state in the header, when it is shared; a press opens the Sharing section. Its name says
 * so ("Open Sharing: In sync") while the state stays its visible text, and a live region beside it announces each
 * new state, as a change of the button's name alone is not read out.
 */
export function SyncStateButton() {
  const status = useAppStore((s) => {
    const teamId = s.team?.id;
    return teamId ? (s.syncStatuses?.find((x) => x.teamId === teamId) ?? null) : null;
  });
  const navigate = useAppStore((s) => s.navigate);
  if (!status) return null;
  const text = syncStateText(status);
  return (
    <>
      <button
        type="button"
        className={`sync-state sync-state--${syncStateTone(status.state)}`}
        aria-label={`Open Sharing: ${text}`}
        title="Sharing: open it on Data & backups"
        onClick={() => {
          navigate('data');
          focusSoon(byId(SHARING_HEADING_ID), SCREEN_LOAD_FRAMES);
        }}
      >
        {text}
      </button>
      <span role="status" className="sr-only">{`Sharing: ${text}`}</span>
    </>
  );
}
