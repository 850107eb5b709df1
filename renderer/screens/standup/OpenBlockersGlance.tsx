import type { Blocker } from '../../../src/domain/standup/schema';
import { compareInstants } from '../../../src/domain/planning/calendar';
import { plural } from '../../../src/domain/shared/words';
import { byId, focusSoon } from '../../components/focus-soon';

/** How many of the newest open blockers the line names. */
const SHOWN = 3;

/**
 * The open blockers' count and the newest few, beside the timer: the Open blockers panel is above it (below it on
 * the projector), out of view while the standup runs, and a blocker raised from a phone joins it mid-turn.
 */
export function OpenBlockersGlance({ blockers }: { blockers: Blocker[] }) {
  const open = blockers.filter((b) => !b.resolvedAt);
  // As moments, as every time Cadence orders (compareInstants): a time written without milliseconds sorts right too.
  const newest = [...open].sort((a, b) => compareInstants(b.raisedAt, a.raisedAt)).slice(0, SHOWN);
  return (
    <section
      className={`blockers-glance${open.length > 0 ? ' blockers-glance--open' : ''}`}
      aria-label="Open blockers at a glance"
    >
      <strong>{open.length === 0 ? 'No open blockers' : plural(open.length, 'open blocker')}</strong>
      {newest.length > 0 ? (
        <ul className="blockers-glance__list">
          {newest.map((b) => (
            <li key={b.id}>{b.text}</li>
          ))}
        </ul>
      ) : null}
      {open.length > 0 ? (
        // The panel's heading takes the focus (and scrolls into view), where each blocker's Owner and Resolve are.
        <button type="button" onClick={() => focusSoon(byId('blockers-title'))}>
          Go to open blockers
        </button>
      ) : null}
    </section>
  );
}
