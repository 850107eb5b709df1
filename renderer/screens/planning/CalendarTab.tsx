import { lazy, Suspense, useState } from 'react';
import { formatDay, formatDayRange } from '../../../src/domain/shared/dates';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import type { CalendarKind } from '../../../src/api/contract/planning';
import { slugOf } from '../../../src/domain/shared/file-name';
import { saveOrDownload } from '../../api/save-file';
import { FilePicker } from '../../components/FilePicker';
import { useAppStore } from '../../store';
import { MemberRangeForm } from './calendar-forms';
import { TeamCalendarPanels } from './TeamCalendarPanels';
import { onScreen } from '../../components/dates';
import { memberNames } from '../../../src/domain/team/member-name';
import { entryInSprint } from '../../../src/domain/planning/sprint-entries';
import { focusAfterRemove } from './calendar-focus';
import { calendarFileText } from '../../../src/domain/planning/ical-file';
import type { CalendarFile } from './CalendarImportDialog';

// iCal parsing (ical.js) loads only when a file is picked.
const CalendarImportDialog = lazy(() =>
  import('./CalendarImportDialog').then((m) => ({ default: m.CalendarImportDialog })),
);

interface Entry {
  id: string;
  text: string;
  /** Left outside the sprint's dates when they moved (entryInSprint): listed, marked, not counted. */
  outside?: boolean;
  /** Something to put right that does not stop the entry counting (a shift of someone who does not take on-call). */
  warning?: string;
}

const OUTSIDE = "outside the sprint's dates, not counted";
/**
 * A shift of a member whose "Takes on-call shifts" is off (turned off after it was booked, or from an older
 * version): kept and counted as it is, marked so the facilitator removes it or turns the setting back on.
 */
const NOT_ON_CALL = 'does not take on-call shifts (see the Team screen); still counted';

/** The words after an entry: why it is marked, if it is. */
const markOf = (e: Entry) => [e.outside ? OUTSIDE : null, e.warning ?? null].filter((w) => w !== null).join('; ');

function EntryList({
  entries,
  kind,
  empty,
  onRemove,
}: {
  entries: Entry[];
  kind: CalendarKind;
  empty: string;
  onRemove: ((kind: CalendarKind, id: string, entries: readonly Entry[]) => void) | null;
}) {
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="calendar-list">
      {entries.map((e) => (
        <li key={e.id} data-entry-id={e.id} className={markOf(e) ? 'calendar-outside' : undefined}>
          <span>
            {e.text}
            {markOf(e) ? <strong>{` — ${markOf(e)}`}</strong> : null}
          </span>
          {onRemove ? (
            <button
              type="button"
              className="danger"
              onClick={() => onRemove(kind, e.id, entries)}
              aria-label={`Remove ${e.text}${markOf(e) ? ` (${markOf(e)})` : ''}`}
            >
              Remove
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Time off and on-call shifts of one sprint, and the team calendar's holidays, windows and freezes in it. */
export function CalendarTab({ team, sprint }: { team: TeamDoc; sprint: Sprint }) {
  const addTimeOff = useAppStore((s) => s.addTimeOff);
  const addOnCall = useAppStore((s) => s.addOnCall);
  const removeEntry = useAppStore((s) => s.removeCalendarEntry);
  const reportError = useAppStore((s) => s.reportError);
  const pushToast = useAppStore((s) => s.pushToast);
  const [importing, setImporting] = useState<CalendarFile | null>(null);
  const onFile = async (file: File) => {
    // Decoded as the command line does: a file not in UTF-8 is refused by name, never read with its letters garbled.
    const read = calendarFileText(new Uint8Array(await file.arrayBuffer()));
    setImporting(
      'problem' in read ? { name: file.name, text: '', problem: read.problem } : { name: file.name, ...read },
    );
  };
  /** The sprint's calendar for the team's own calendars (ical.js loads on the first export). */
  const exportCalendar = async () => {
    const { sprintCalendarIcs } = await import('../../../src/domain/planning/ical-export');
    const name = `${slugOf(sprint.name, 'sprint')}-calendar.ics`;
    const outcome = await saveOrDownload(
      name,
      sprintCalendarIcs(sprint, team.calendar, team.members, new Date(), team.settings.timeZone),
      'text/calendar',
    );
    if (outcome !== 'cancelled') pushToast({ kind: 'success', message: `Calendar ${outcome}: ${name}` });
  };
  const editable = sprint.state !== 'closed';
  const nameOf = memberNames(team.members);
  const onRemove = editable
    ? (kind: CalendarKind, id: string, entries: readonly Entry[]) =>
        removeEntry(sprint.id, kind, id)
          .then(() => focusAfterRemove(entries, id, kind === 'timeOff' ? 'cal-off-title' : 'cal-oncall-title'))
          .catch(reportError)
    : null;
  const defaults = { startDate: sprint.startDate, endDate: sprint.endDate };
  const noMembers = team.members.length === 0;
  const onCallMembers = team.members.filter((m) => m.takesOnCall);
  const offCall = new Set(team.members.filter((m) => !m.takesOnCall).map((m) => m.id));

  // Entries keep their dates when the sprint's move: the ones left outside are listed, marked as not counted.
  const timeOff = [...sprint.timeOff]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((t) => ({
      id: t.id,
      text: `${nameOf(t.memberId)} off ${formatDay(t.date, onScreen())}`,
      outside: !entryInSprint(sprint, t),
    }));
  // In date order, as time off is: an imported schedule and a shift typed later read as one rota. Shifts starting
  // the same day are in the team's order of its members, as the capacity table lists them.
  const place = new Map(team.members.map((m, index) => [m.id, index]));
  const placeOf = (memberId: string) => place.get(memberId) ?? team.members.length;
  const onCall = [...sprint.onCall]
    .sort(
      (a, b) =>
        a.startDate.localeCompare(b.startDate) ||
        placeOf(a.memberId) - placeOf(b.memberId) ||
        a.endDate.localeCompare(b.endDate),
    )
    .map((s) => ({
      id: s.id,
      text: `${nameOf(s.memberId)} on call ${formatDayRange(s.startDate, s.endDate, onScreen())}`,
      outside: !entryInSprint(sprint, s),
      ...(offCall.has(s.memberId) ? { warning: NOT_ON_CALL } : {}),
    }));

  return (
    <>
      <div className="calendar-bar">
        <button type="button" onClick={() => exportCalendar().catch(reportError)}>
          Export calendar (.ics)
        </button>
        {editable && !noMembers ? (
          <>
            <FilePicker
              label="Import from iCal (.ics)"
              accept=".ics,text/calendar"
              onFile={(file) => onFile(file).catch(reportError)}
            />
            <span className="muted">
              On-call shifts from a PagerDuty, Opsgenie or Grafana OnCall schedule, time off from a leave calendar, or a
              holiday calendar.
            </span>
          </>
        ) : null}
      </div>
      {importing ? (
        <Suspense fallback={<p className="loading">Reading the calendar…</p>}>
          <CalendarImportDialog team={team} sprint={sprint} file={importing} onClose={() => setImporting(null)} />
        </Suspense>
      ) : null}
      <div className="calendar-grid">
        <section className="panel" aria-labelledby="cal-off-title">
          <h3 id="cal-off-title">Time off</h3>
          <EntryList entries={timeOff} kind="timeOff" empty="Nobody is off." onRemove={onRemove} />
          {editable && !noMembers ? (
            <MemberRangeForm
              members={team.members}
              defaults={defaults}
              submitLabel="Add time off"
              what="the new time off"
              onSubmit={(r) => addTimeOff(sprint.id, r)}
            />
          ) : null}
        </section>
        <section className="panel" aria-labelledby="cal-oncall-title">
          <h3 id="cal-oncall-title">On-call shifts</h3>
          <EntryList entries={onCall} kind="onCall" empty="No on-call shifts yet." onRemove={onRemove} />
          {editable && onCallMembers.length === 0 ? (
            <p className="muted">Nobody in the team takes on-call; change that on the Team screen.</p>
          ) : null}
          {editable && onCallMembers.length > 0 ? (
            <MemberRangeForm
              members={onCallMembers}
              defaults={defaults}
              submitLabel="Add on-call shift"
              what="the new on-call shift"
              onSubmit={(r) => addOnCall(sprint.id, r)}
            />
          ) : null}
        </section>
        <TeamCalendarPanels team={team} sprint={sprint} />
        {noMembers ? <p className="muted">Add members on the Team screen to book time off and on-call.</p> : null}
      </div>
    </>
  );
}
