import { useState } from 'react';
import { formatDay, formatDayRange } from '../../../src/domain/shared/dates';
import {
  guessKind,
  proposeEntries,
  readCalendar,
  type ImportKind,
  type ProposedEntry,
} from '../../../src/domain/planning/ical-import';
import { judgeImportEntry } from '../../../src/domain/planning/ical-import-apply';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { DialogActions } from '../../components/DialogActions';
import { FormError } from '../../components/FormError';
import { Modal } from '../../components/Modal';
import { DataTable } from '../../components/DataTable';
import { useAppStore } from '../../store';
import { plural, quote, sentenceCase } from '../../../src/domain/shared/words';
import { onScreen } from '../../components/dates';
import { memberNames } from '../../../src/domain/team/member-name';

/** A picked file: its text, or why it cannot be read (not UTF-8), in words that go after its name. */
export interface CalendarFile {
  name: string;
  text: string;
  problem?: string;
}

interface CalendarImportDialogProps {
  team: TeamDoc;
  sprint: Sprint;
  file: CalendarFile;
  onClose: () => void;
}

type Reading =
  | { ok: true; entries: ProposedEntry[]; eventCount: number; kind: ImportKind; problems: string[] }
  | { ok: false; error: string };

/**
 * What a row's event would do, beside its days: a problem that keeps it out (a member who does not take
 * on-call), a change to the shift an earlier import made of it, or why it adds nothing.
 */
type Note = { kind: 'problem' | 'changed' | 'covered'; text: string };

/** The same reading the import service makes, so the keys of the rows picked here are the ones it knows. */
function read(text: string, team: TeamDoc, sprint: Sprint): Reading {
  const reading = readCalendar(text, sprint.startDate, sprint.endDate, team.settings.timeZone);
  if (reading.unreadable) return { ok: false, error: reading.problems[0] ?? 'This file could not be read.' };
  const entries = proposeEntries(reading.events, team.members, sprint);
  return { ok: true, entries, eventCount: reading.eventCount, kind: guessKind(reading), problems: reading.problems };
}

/**
 * An event's days, with its times when it is a timed event of less than a day: "Thu 5 Nov, 09:00–11:00" (a
 * 24-hour shift from a 09:00 hand-over counts one day, and "09:00–09:00" would say nothing).
 */
const daysOf = (e: Pick<ProposedEntry, 'startDate' | 'endDate' | 'timed'>) =>
  e.startDate === e.endDate
    ? formatDay(e.startDate, onScreen()) + (e.timed && e.timed.hours < 24 ? `, ${e.timed.from}–${e.timed.to}` : '')
    : formatDayRange(e.startDate, e.endDate, onScreen());

const countOf = (n: number, kind: ImportKind) =>
  kind === 'onCall'
    ? plural(n, 'on-call shift')
    : kind === 'holidays'
      ? plural(n, 'holiday event')
      : `time off for ${plural(n, 'event')}`;

/**
 * Added and changed apart, in the words given ("add"/"change", "added"/"changed"): "add 1 on-call shift and change
 * 1", "change 2 on-call shifts"; empty when neither.
 */
function addedAndChanged(added: number, changed: number, kind: ImportKind, [add, change]: readonly [string, string]) {
  const adding = added > 0 ? `${add} ${countOf(added, kind)}` : null;
  const changing = changed > 0 ? `${change} ${adding ? changed : countOf(changed, kind)}` : null;
  return [adding, changing].filter(Boolean).join(' and ');
}

/** What Import does with the rows ticked, as the toast then says it: "Add 1 on-call shift and change 1". */
const importLabel = (adding: number, changing: number, kind: ImportKind) =>
  sentenceCase(addedAndChanged(adding, changing, kind, ['add', 'change']) || `add ${countOf(0, kind)}`);

/** What an import did, added and changed apart: "Added 1 on-call shift and changed 1 from rota.ics (1 skipped)." */
function importedMessage(
  result: { added: number; updated: number; skipped: number },
  kind: ImportKind,
  fileName: string,
): string {
  const did = addedAndChanged(result.added, result.updated, kind, ['added', 'changed']) || 'added nothing';
  const skipped = result.skipped > 0 ? ` (${result.skipped} skipped)` : '';
  return `${sentenceCase(did)} from ${fileName}${skipped}.`;
}

/**
 * A row's member picker with nobody picked: whether the event named nobody, or several ("Ana OOO" with two Anas),
 * so the facilitator knows to pick among the people named.
 */
const noMemberText = (several: readonly string[]) =>
  several.length > 1 ? `${several.length} people match (${several.join(', ')}): pick one` : 'Nobody matched: pick';

/**
 * An iCal file's events as on-call shifts or time off for the sprint: each row says who (matched by
 * name, changeable) and which days; the facilitator picks the rows, and they are added (or change the shifts an
 * earlier import made) all at once.
 */
export function CalendarImportDialog({ team, sprint, file, onClose }: CalendarImportDialogProps) {
  const importCalendar = useAppStore((s) => s.importCalendar);
  const undoImport = useAppStore((s) => s.undoCalendarImport);
  const pushToast = useAppStore((s) => s.pushToast);
  // Read once when the dialog opens, not again on every change to the team while it is open.
  const [reading] = useState<Reading>(() =>
    file.problem ? { ok: false, error: `${file.name} ${file.problem}.` } : read(file.text, team, sprint),
  );
  const proposed = reading.ok ? reading.entries : [];
  const [kind, setKind] = useState<ImportKind>(reading.ok ? reading.kind : 'onCall');
  const [memberOf, setMemberOf] = useState(() => new Map(proposed.map((e) => [e.key, e.memberId])));
  // The rule the service applies (judgeImportEntry), row by row against the calendar as it stands. A row with no
  // member yet has no note: its member picker asks for one.
  const noteOf = (e: ProposedEntry, as: ImportKind, memberId = memberOf.get(e.key) ?? null): Note | null => {
    const target = { timeOff: sprint.timeOff, onCall: sprint.onCall, holidays: team.calendar.holidays };
    const { note, reason } = judgeImportEntry(team, target, { ...e, memberId }, as);
    return note === null || note === 'noMember'
      ? null
      : { kind: note, text: reason ?? 'Changed since the last import' };
  };
  const addsSomething = (e: ProposedEntry, as: ImportKind, memberId: string | null) => {
    const note = noteOf(e, as, memberId);
    return note === null || note.kind === 'changed';
  };
  // Ticked at first, and again for another kind: the rows with a member (holidays need none) that would add or
  // change something as that kind (an import run again adds nothing twice) and have no problem.
  const ticksFor = (as: ImportKind) =>
    new Set(
      proposed
        .filter((e) => {
          const memberId = memberOf.get(e.key) ?? null;
          return (as === 'holidays' || memberId) && addsSomething(e, as, memberId);
        })
        .map((e) => e.key),
    );
  const [picked, setPicked] = useState(() => ticksFor(kind));
  // The same rows read as another kind: a shift for someone who does not take on-call is a problem, a day
  // off already in the calendar adds nothing; the ticks follow, rather than carry over what suited the kind before.
  const changeKind = (as: ImportKind) => {
    setKind(as);
    setPicked(ticksFor(as));
  };
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const nameOf = memberNames(team.members);
  const title = `Import from ${file.name}`;
  const sprintDays = `${sprint.name} (${formatDayRange(sprint.startDate, sprint.endDate, onScreen())})`;
  if (!reading.ok) {
    return (
      <Modal title={title} onClose={onClose}>
        <FormError message={reading.error} />
        <p>Nothing was added. Export the schedule as an iCal (.ics) file and pick it again.</p>
        <DialogActions confirm="Close" onConfirm={onClose} autoFocus="confirm" />
      </Modal>
    );
  }

  const chosen = proposed.filter((e) => picked.has(e.key));
  // A row that changes a shift an earlier import made is a change, not an addition: its box and Import say so.
  const changes = (e: ProposedEntry) => noteOf(e, kind)?.kind === 'changed';
  const changing = chosen.filter(changes).length;
  const toggle = (key: string, on: boolean) =>
    setPicked((now) => {
      const next = new Set(now);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const submit = async () => {
    const nobody = kind === 'holidays' ? [] : chosen.filter((e) => !memberOf.get(e.key));
    if (chosen.length === 0) return setError('Tick at least one event to add.');
    if (nobody.length > 0) {
      return setError(`Pick who ${quote(nobody[0]!.summary)} (${daysOf(nobody[0]!)}) is for, or untick it.`);
    }
    const problem = chosen.flatMap((e) => {
      const note = noteOf(e, kind);
      return note?.kind === 'problem' ? [{ e, text: note.text }] : [];
    })[0];
    if (problem) {
      return setError(`Untick ${quote(problem.e.summary)} (${daysOf(problem.e)}): ${problem.text}.`);
    }
    setBusy(true);
    setError(null);
    try {
      const picks = chosen.map((e) => ({ key: e.key, memberId: memberOf.get(e.key) ?? null }));
      const result = await importCalendar(sprint.id, { text: file.text, kind, picks });
      const importId = result.importId;
      pushToast({
        kind: 'success',
        message: importedMessage(result, kind, file.name),
        ...(importId ? { undo: { label: 'Undo import', run: () => undoImport(importId) } } : {}),
      });
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The events could not be added.');
      setBusy(false);
    }
  };

  return (
    <Modal title={title} onClose={onClose} wide>
      <p>
        {proposed.length === 0
          ? `This file holds ${plural(reading.eventCount, 'event')}, but none falls in ${sprintDays}.`
          : `${plural(proposed.length, 'event falls', 'events fall')} in ${sprintDays}; days outside the sprint are left out.`}
      </p>
      {reading.problems.length > 0 ? (
        <ul className="warnings" aria-label="Problems in the file">
          {reading.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {proposed.length > 0 ? (
        <>
          <fieldset className="radio-row">
            <legend>These events are</legend>
            {(
              [
                ['onCall', 'On-call shifts'],
                ['timeOff', 'Time off'],
                ['holidays', 'Holidays'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="radio">
                <input type="radio" name="import-kind" checked={kind === value} onChange={() => changeKind(value)} />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          {kind === 'holidays' ? (
            <p className="muted">Holidays go into the team’s calendar: every sprint they fall in shows them.</p>
          ) : null}
          <DataTable
            caption="Events in the file"
            className="calendar-import"
            columns={['Import', 'Event', 'Days', 'Member']}
          >
            <tbody>
              {proposed.map((e) => {
                const what = `${e.summary}, ${daysOf(e)}`;
                const note = noteOf(e, kind);
                return (
                  <tr key={e.key}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${changes(e) ? 'Change' : 'Add'} ${what}`}
                        checked={picked.has(e.key)}
                        onChange={(event) => toggle(e.key, event.target.checked)}
                      />
                    </td>
                    <td>{e.summary}</td>
                    <td>
                      {daysOf(e)}
                      {note?.kind === 'problem' ? (
                        <strong className="calendar-import__note warning">Problem: {note.text}</strong>
                      ) : note ? (
                        <span className={`calendar-import__note${note.kind === 'covered' ? ' muted' : ''}`}>
                          {note.text}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {/* A holiday is the whole team's (the team calendar): nobody to pick. */}
                      {kind === 'holidays' ? (
                        'The whole team'
                      ) : (
                        <select
                          aria-label={`Member for ${what}`}
                          value={memberOf.get(e.key) ?? ''}
                          onChange={(event) => {
                            const memberId = event.target.value || null;
                            setMemberOf((now) => new Map(now).set(e.key, memberId));
                            if (memberId) toggle(e.key, addsSomething(e, kind, memberId));
                          }}
                        >
                          <option value="">{noMemberText(e.several.map(nameOf))}</option>
                          {team.members.map((m) => (
                            <option key={m.id} value={m.id}>
                              {kind === 'onCall' && !m.takesOnCall ? `${m.name} (does not take on-call)` : m.name}
                            </option>
                          ))}
                        </select>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        </>
      ) : null}
      <FormError message={error} />
      {proposed.length > 0 ? (
        <DialogActions
          confirm={importLabel(chosen.length - changing, changing, kind)}
          onConfirm={() => void submit()}
          onCancel={onClose}
          busy={busy}
        />
      ) : (
        <DialogActions confirm="Close" onConfirm={onClose} autoFocus="confirm" />
      )}
    </Modal>
  );
}
