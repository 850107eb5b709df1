import { formatDay } from '../../../src/domain/shared/dates';
import { onScreen } from '../../components/dates';

/**
 * Over a standup still running from an earlier day: says so, and ends it as it was left (the service takes it to
 * have ended when it was left, so the summary does not count the night as someone's turn).
 */
export function LeftRunningNotice({ from, onEnd }: { from: { date: string; time: string }; onEnd: () => void }) {
  return (
    <div className="warning warning--strong left-running" role="group" aria-labelledby="left-running-text">
      <p id="left-running-text">
        This standup started on {formatDay(from.date, onScreen())} at {from.time} and was never ended. End it as it was
        left: whoever had the floor is counted up to their timebox, and its summary is saved under that day.
      </p>
      <button type="button" onClick={onEnd}>
        End it as it was left
      </button>
    </div>
  );
}
