import { useState, type ReactNode } from 'react';
import { formatDay, formatUtcTime } from '../../../src/domain/shared/dates';
import type { ChangeWindow, Holiday, Sprint } from '../../../src/domain/planning/schema';
import type { ChangeWindowFields, HolidayFields } from '../../../src/domain/planning/inputs';
import { calendarOfSprint, otherSprintsTouching } from '../../../src/domain/planning/team-calendar';
import type { TeamDoc } from '../../../src/domain/workspace';
import { useAppStore } from '../../store';
import { leaveAllowed } from '../../store/leave-guard';
import { onScreen } from '../../components/dates';
import { focusSoon } from '../../components/focus-soon';
import { focusAfterRemove } from './calendar-focus';
import { ChangeWindowForm, emptyChangeWindow, emptyHoliday, HolidayForm } from './calendar-forms';
import { useHeldDraft } from './use-held-draft';

/** "also in Sprint 13": where else a team calendar entry shows, or '' when only in this sprint. */
function alsoIn(team: TeamDoc, sprint: Sprint, entry: Holiday | ChangeWindow): string {
  const others = otherSprintsTouching(team.sprints, sprint, entry, team.settings.timeZone);
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

/** Draws the form that edits an entry (`initial`) or adds one (called, not mounted: the form keeps its state). */
type EntryForm<T, F> = (props: {
  initial?: T;
  onSubmit: (fields: F) => Promise<void>;
  onCancel?: () => void;
}) => ReactNode;

interface PanelProps<T extends Holiday | ChangeWindow, F> {
  id: string;
  title: string;
  empty: string;
  entries: readonly T[];
  textOf: (entry: T) => string;
  editing: string | null;
  form: EntryForm<T, F>;
  /** False while nothing may be added (a closed sprint, another entry open for editing). */
  canAdd: boolean;
  editable: boolean;
  onEdit: (id: string | null) => void;
  onUpdate: (id: string, fields: F) => Promise<unknown>;
  onAdd: (fields: F) => Promise<unknown>;
  onRemove: (id: string) => void;
}

/** One kind of team calendar entry: its list (each row editable in place) and the form that adds one. */
function CalendarPanel<T extends Holiday | ChangeWindow, F>(props: PanelProps<T, F>) {
  const { id, title, empty, entries, textOf, editing, form, canAdd, editable, onEdit, onUpdate, onAdd, onRemove } =
    props;
  const done = () => onEdit(null);
  return (
    <section className="panel" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p className="muted">
        The team’s calendar: an entry shows in every sprint it touches, and an edit changes it there too.
      </p>
      {entries.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="calendar-list">
        {entries.map((entry) =>
          editing === entry.id ? (
            <li key={entry.id} data-entry-id={entry.id}>
              {form({ initial: entry, onCancel: done, onSubmit: (fields) => onUpdate(entry.id, fields).then(done) })}
            </li>
          ) : (
            <EntryRow
              key={entry.id}
              id={entry.id}
              text={textOf(entry)}
              editable={editable}
              onEdit={() => onEdit(entry.id)}
              onRemove={() => onRemove(entry.id)}
            />
          ),
        )}
      </ul>
      {canAdd ? form({ onSubmit: (fields) => onAdd(fields).then(() => undefined) }) : null}
    </section>
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
  const [editingState, setEditingState] = useState<string | null>(null);
  const { holidays, changeWindows } = calendarOfSprint(team.calendar, sprint, team.settings.timeZone);
  // An entry the sprint's new dates (Edit sprint) leave out is no longer listed: its edit form has gone with it.
  const editing = [...holidays, ...changeWindows].some((e) => e.id === editingState) ? editingState : null;
  // The add forms leave the screen while an entry is edited: what was typed into them waits here meanwhile, and
  // a switch of view, screen or team asks before it goes.
  const newHoliday = useHeldDraft(() => emptyHoliday(sprint.startDate), 'the new holiday');
  const newWindow = useHeldDraft(() => emptyChangeWindow(sprint.startDate), 'the new change window');
  const inEntry = (id: string, what: string) => () =>
    document.querySelector(`.calendar-list [data-entry-id="${CSS.escape(id)}"] ${what}`);
  /**
   * The edit form takes the focus when it opens; the entry's Edit button gets it back when it closes. Another
   * entry's Edit takes the open edit form off the screen: with changes, it asks first (the add forms' drafts wait).
   */
  const setEditing = (id: string | null) => {
    if (id !== null && editing !== null && !leaveAllowed(() => setEditing(id), 'editor')) return;
    const was = editing;
    setEditingState(id);
    if (id) focusSoon(inEntry(id, 'input'));
    else if (was) focusSoon(inEntry(was, 'button'));
  };
  const editable = sprint.state !== 'closed';
  const shared = { editing, editable, canAdd: editable && editing === null, onEdit: setEditing };
  const remove = (kind: 'holidays' | 'changeWindows') => (id: string) =>
    void removeEntry(sprint.id, kind, id)
      .then(() =>
        kind === 'holidays'
          ? focusAfterRemove(holidays, id, 'cal-holiday-title')
          : focusAfterRemove(changeWindows, id, 'cal-window-title'),
      )
      .catch(reportError);

  return (
    <>
      <CalendarPanel<Holiday, HolidayFields>
        {...shared}
        id="cal-holiday-title"
        title="Team holidays"
        empty="No holidays in this sprint."
        entries={holidays}
        textOf={(h) => holidayText(h) + alsoIn(team, sprint, h)}
        form={({ initial, ...rest }) => (
          <HolidayForm
            defaultDate={sprint.startDate}
            {...(initial ? { initial } : { draft: newHoliday.draft, onEscape: newHoliday.leave })}
            {...rest}
          />
        )}
        onUpdate={(id, fields) => updateHoliday(sprint.id, id, fields)}
        onAdd={(fields) => addHoliday(sprint.id, fields)}
        onRemove={remove('holidays')}
      />
      <CalendarPanel<ChangeWindow, ChangeWindowFields>
        {...shared}
        id="cal-window-title"
        title="Change windows and freezes"
        empty="No change window or freeze in this sprint."
        entries={changeWindows}
        textOf={(w) => windowText(w) + alsoIn(team, sprint, w)}
        form={({ initial, ...rest }) => (
          <ChangeWindowForm
            defaultDate={sprint.startDate}
            {...(initial ? { initial } : { draft: newWindow.draft, onEscape: newWindow.leave })}
            {...rest}
          />
        )}
        onUpdate={(id, fields) => updateChangeWindow(sprint.id, id, fields)}
        onAdd={(fields) => addChangeWindow(sprint.id, fields)}
        onRemove={remove('changeWindows')}
      />
      {newHoliday.question}
      {newWindow.question}
    </>
  );
}
