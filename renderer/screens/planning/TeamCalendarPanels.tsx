import { useState } from 'react';
import { formatDay, formatUtcTime } from '../../../src/domain/shared/dates';
import type { ChangeWindow, Holiday, Sprint } from '../../../src/domain/planning/schema';
import { calendarOfSprint, otherSprintsTouching } from '../../../src/domain/planning/team-calendar';
import type { TeamDoc } from '../../../src/domain/workspace';
import { useAppStore } from '../../store';
import { onScreen } from '../../components/dates';
import { focusSoon } from '../../components/focus-soon';
import { ChangeWindowForm, HolidayForm } from './calendar-forms';

/** "also in Sprint 13": where else a team calendar entry shows, or '' when only in this sprint. */
function alsoIn(team: TeamDoc, sprint: Sprint, entry: Holiday | ChangeWindow): string {
  const others = otherSprintsTouching(team.sprints, sprint, entry);
  return others.length === 0 ? '' : ` · also in ${others.map((s) => s.name).join(', ')}`;
}

const holidayText = (h: Holiday) => `Holiday · ${h.name} · ${formatDay(h.date, onScreen())}`;

const windowText = (w: ChangeWindow) =>
  `${w.kind === 'freeze' ? 'Change freeze' : 'Change window'} · ${w.name} · ${formatUtcTime(w.start, onScreen())} – ${formatUtcTime(w.end, onScreen())}`;

interface RowProps {
  id: string;
  text: string;
  editable: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

function EntryRow({ id, text, editable, onEdit, onRemove }: RowProps) {
  return (
    <li data-entry-id={id}>
      <span>{text}</span>
      {editable ? (
        <span className="calendar-actions">
          <button type="button" onClick={onEdit} aria-label={`Edit ${text}`}>
            Edit
          </button>
          <button type="button" className="danger" onClick={onRemove} aria-label={`Remove ${text}`}>
            Remove
          </button>
        </span>
      ) : null}
    </li>
  );
}

/**
 * The team calendar's holidays, change windows and freezes that touch this sprint. They are the team's: an
 * entry over two sprints shows in both (and says so), and an edit here changes it for every sprint.
 */
export function TeamCalendarPanels({ team, sprint }: { team: TeamDoc; sprint: Sprint }) {
  const addHoliday = useAppStore((s) => s.addHoliday);
  const updateHoliday = useAppStore((s) => s.updateHoliday);
  const addChangeWindow = useAppStore((s) => s.addChangeWindow);
  const updateChangeWindow = useAppStore((s) => s.updateChangeWindow);
  const removeEntry = useAppStore((s) => s.removeCalendarEntry);
  const reportError = useAppStore((s) => s.reportError);
  const [editing, setEditingState] = useState<string | null>(null);
  const inEntry = (id: string, what: string) => () =>
    document.querySelector(`.calendar-list [data-entry-id="${CSS.escape(id)}"] ${what}`);
  /** The edit form takes the focus when it opens; the entry's Edit button gets it back when it closes. */
  const setEditing = (id: string | null) => {
    const was = editing;
    setEditingState(id);
    if (id) focusSoon(inEntry(id, 'input'));
    else if (was) focusSoon(inEntry(was, 'button'));
  };
  const editable = sprint.state !== 'closed';
  const { holidays, changeWindows } = calendarOfSprint(team.calendar, sprint);
  const remove = (kind: 'holidays' | 'changeWindows', id: string) =>
    removeEntry(sprint.id, kind, id).catch(reportError);
  const done = () => setEditing(null);
  const note = (
    <p className="muted">
      The team’s calendar: an entry shows in every sprint it touches, and an edit changes it there too.
    </p>
  );

  return (
    <>
      <section className="panel" aria-labelledby="cal-holiday-title">
        <h3 id="cal-holiday-title">Team holidays</h3>
        {note}
        {holidays.length === 0 ? <p className="muted">No holidays in this sprint.</p> : null}
        <ul className="calendar-list">
          {holidays.map((h) =>
            editing === h.id ? (
              <li key={h.id} data-entry-id={h.id}>
                <HolidayForm
                  defaultDate={h.date}
                  initial={h}
                  onCancel={done}
                  onSubmit={(fields) => updateHoliday(sprint.id, h.id, fields).then(done)}
                />
              </li>
            ) : (
              <EntryRow
                key={h.id}
                id={h.id}
                text={holidayText(h) + alsoIn(team, sprint, h)}
                editable={editable}
                onEdit={() => setEditing(h.id)}
                onRemove={() => remove('holidays', h.id)}
              />
            ),
          )}
        </ul>
        {editable && editing === null ? (
          <HolidayForm defaultDate={sprint.startDate} onSubmit={(h) => addHoliday(sprint.id, h)} />
        ) : null}
      </section>
      <section className="panel" aria-labelledby="cal-window-title">
        <h3 id="cal-window-title">Change windows and freezes</h3>
        {note}
        {changeWindows.length === 0 ? <p className="muted">No change window or freeze in this sprint.</p> : null}
        <ul className="calendar-list">
          {changeWindows.map((w) =>
            editing === w.id ? (
              <li key={w.id} data-entry-id={w.id}>
                <ChangeWindowForm
                  defaultDate={sprint.startDate}
                  initial={w}
                  onCancel={done}
                  onSubmit={(fields) => updateChangeWindow(sprint.id, w.id, fields).then(done)}
                />
              </li>
            ) : (
              <EntryRow
                key={w.id}
                id={w.id}
                text={windowText(w) + alsoIn(team, sprint, w)}
                editable={editable}
                onEdit={() => setEditing(w.id)}
                onRemove={() => remove('changeWindows', w.id)}
              />
            ),
          )}
        </ul>
        {editable && editing === null ? (
          <ChangeWindowForm defaultDate={sprint.startDate} onSubmit={(w) => addChangeWindow(sprint.id, w)} />
        ) : null}
      </section>
    </>
  );
}
