import { useState } from 'react';
import { activeSprintOf } from '../../../src/domain/board/cards';
import { offOn } from '../../../src/domain/standup/day-off';
import { STANDUP_ORDER_NAMES } from '../../../src/domain/standup/settings';
import type { TeamDoc } from '../../../src/domain/workspace';
import { messageOf } from '../../api/errors';
import { useAppStore } from '../../store';
import { StandupSettingsForm } from './StandupSettingsForm';
import { FormError } from '../../components/FormError';
import { byId, focusSoon } from '../../components/focus-soon';
import { TIMER_ID } from './StandupTimer';
import { useToday } from '../../components/use-now';

/** Said when Start standup finds a standup already running, started in another window: this one now shows it. */
export const STARTED_ELSEWHERE = 'A standup was already running, started on another screen. It is shown here now.';

/** Who is here today, then "Start standup". */
export function StandupStart({ team }: { team: TeamDoc }) {
  const startStandup = useAppStore((s) => s.startStandup);
  const navigate = useAppStore((s) => s.navigate);
  const pushToast = useAppStore((s) => s.pushToast);
  // Ticked or unticked by hand, by member; anyone else is present unless their day off today is on the calendar
  // (read as it is now: a day off entered meanwhile, or the form left open overnight, shows).
  const [marked, setMarked] = useState<Readonly<Record<string, boolean>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const s = team.settings;
  const off = offOn(activeSprintOf(team.sprints), useToday(s.timeZone));
  const isAbsent = (id: string) => marked[id] ?? off.has(id);

  const start = async () => {
    setError(null);
    // Only people still on the team: another writer (a synced change) may have removed someone marked absent.
    const absentIds = team.members.filter((m) => isAbsent(m.id)).map((m) => m.id);
    if (team.members.every((m) => absentIds.includes(m.id))) {
      setError('Everyone is marked absent. Mark at least one person present to start the standup.');
      return;
    }
    setBusy(true);
    try {
      await startStandup(absentIds);
      // The start form is gone and the focus with it: to the timer, brought into view (the form is long
      // for a large team, so the page was scrolled past where the timer now is).
      focusSoon(byId(TIMER_ID));
    } catch (err) {
      // Refused because another screen started one: the store fetched the team again, and its running standup took
      // this form's place (and the form's error with it), so the person is told here what they are looking at.
      if (useAppStore.getState().team?.standups.some((session) => session.state === 'running')) {
        pushToast({ kind: 'info', message: STARTED_ELSEWHERE });
        focusSoon(byId(TIMER_ID));
      } else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel standup-start" aria-labelledby="standup-start-title">
      <h3 id="standup-start-title">Start the daily standup</h3>
      <p>
        {s.standupSpeakerSeconds} s per person, {s.standupTotalMinutes} min in all, order:{' '}
        {STANDUP_ORDER_NAMES[s.standupOrder].toLowerCase()}, chime {s.standupChime ? 'on' : 'off'}.
      </p>
      {team.members.length === 0 ? (
        <div className="notice-box" role="status">
          <p>This team has no members yet, so there is nobody to call on.</p>
          <button type="button" onClick={() => navigate('team')}>
            Add members on the Team screen
          </button>
        </div>
      ) : (
        <fieldset className="presence">
          <legend>Who is here today (untick anyone absent)</legend>
          {team.members.map((m) => (
            <label key={m.id}>
              <input
                type="checkbox"
                checked={!isAbsent(m.id)}
                onChange={(e) => setMarked({ ...marked, [m.id]: !e.target.checked })}
              />{' '}
              {m.name}
              {off.has(m.id) ? (
                <>
                  {' '}
                  <span className="muted">(day off today)</span>
                </>
              ) : null}
            </label>
          ))}
        </fieldset>
      )}
      <FormError message={error} />
      {team.members.length === 0 ? null : (
        // Without members there is nobody to call on: the notice above offers the way to add them instead.
        <div className="actions">
          <button type="button" className="primary standup-start__go" onClick={start} disabled={busy}>
            Start standup
          </button>
        </div>
      )}
      <details className="standup-settings">
        <summary>Standup and board settings</summary>
        <StandupSettingsForm key={team.id} settings={s} />
      </details>
    </section>
  );
}
