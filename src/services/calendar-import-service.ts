import { castDraft } from 'immer';
import {
  holidayImportRange,
  proposeEntries,
  readCalendar,
  type ImportKind,
  type ImportTarget,
  type ProposedEntry,
} from '../domain/planning/ical-import';
import { applyImportEntry, sameShift } from '../domain/planning/ical-import-apply';
import { checkEditable, checkMember } from '../domain/planning/rules';
import type { OnCallShift, Sprint } from '../domain/planning/schema';
import { dateInZone } from '../domain/shared/zoned-time';
import { DomainError, invalid } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { assertWritable, takeSafetyBackup } from './data-backup-service';
import { findIn, findTeam, teamOf } from './lookup';
import { planningUpdate, type PlanningUpdate } from './planning-update';
import { undoShelf } from './kept-for-undo';

/**
 * Importing an iCal file: on-call shifts and leave into a sprint, holidays into the team's calendar. The one
 * path the screen and the command line take. A dry run answers what would happen; a real one takes a backup
 * first and can be undone in one step.
 */

export interface CalendarImportInput {
  teamId: string;
  /** The sprint shifts and leave go into; holidays need none (they go into the team's calendar). */
  sprintId?: string | undefined;
  /** The file's text. */
  text: string;
  kind: ImportKind;
  /** Every event is this member's (a personal leave calendar); else each event's member is read from it. */
  memberId?: string;
  dryRun?: boolean;
  /** The screen's choices after a dry run: only these events, each for the member picked. */
  picks?: { key: string; memberId: string | null }[];
}

export interface CalendarImportRow {
  key: string;
  summary: string;
  startDate: string;
  endDate: string;
  memberId: string | null;
  action: 'add' | 'update' | 'skip';
  /**
   * Why the event adds nothing, when action is 'skip' (a problem, such as a member who does not take on-call,
   * says how to fix it); what changed since the last import, when action is 'update'.
   */
  reason: string | null;
  /**
   * True for a skipped event the calendar needs nothing from: it holds the event already, or the event has no
   * working day in it or is marked free. An import of only such events has nothing left to do; one whose every
   * event is skipped for a problem (no member named, a member who does not take on-call) imported nothing.
   */
  covered: boolean;
}

export interface CalendarImportResult {
  kind: ImportKind;
  eventCount: number;
  rows: CalendarImportRow[];
  /** Parts of the file that could not be read. */
  problems: string[];
  added: number;
  updated: number;
  skipped: number;
  dryRun: boolean;
  /** The backup taken before the import (null on a dry run or when nothing changed). */
  backup: string | null;
  /** Pass to undoCalendarImport to take the import back (null when nothing changed). */
  importId: string | null;
  update: PlanningUpdate;
}

function chosenEntries(team: TeamDoc, input: CalendarImportInput, entries: ProposedEntry[]) {
  if (input.memberId) {
    const member = checkMember(team.members, input.memberId);
    return entries.map((e) => ({ entry: { ...e, memberId: member.id }, picked: true }));
  }
  if (!input.picks) return entries.map((entry) => ({ entry, picked: true }));
  const picks = new Map(input.picks.map((p) => [p.key, p.memberId]));
  return entries.map((e) => {
    const memberId = picks.get(e.key);
    if (memberId) checkMember(team.members, memberId);
    return { entry: { ...e, memberId: memberId ?? e.memberId }, picked: picks.has(e.key) };
  });
}

/** The sprint an import goes into (checked editable), or null for holidays named without one. */
function targetSprint(team: TeamDoc, input: CalendarImportInput): Sprint | null {
  if (input.sprintId === undefined) {
    if (input.kind !== 'holidays') throw invalid('sprintId', 'Pick the sprint the on-call shifts or leave go into.');
    return null;
  }
  const sprint = findIn(team.sprints, input.sprintId, 'The sprint');
  checkEditable(sprint);
  return sprint;
}

/**
 * Every event against the calendar as the team holds it: its lists before, as the events leave them, and what each
 * event does.
 */
function applyEntries(team: TeamDoc, sprint: Sprint | null, entries: ProposedEntry[], input: CalendarImportInput) {
  const before: ImportTarget = structuredClone({
    timeOff: sprint?.timeOff ?? [],
    onCall: sprint?.onCall ?? [],
    holidays: team.calendar.holidays,
  });
  const cal = structuredClone(before);
  const replaceable = new Set(before.onCall.map((s) => s.id));
  const rows = chosenEntries(team, input, entries).map(({ entry, picked }): CalendarImportRow => {
    const outcome = picked
      ? applyImportEntry(team, cal, entry, input.kind, replaceable, newId)
      : { action: 'skip' as const, reason: 'Not picked', note: null };
    const { key, summary, startDate, endDate, memberId } = entry;
    const { action, reason } = outcome;
    return { key, summary, startDate, endDate, memberId, action, reason, covered: outcome.note === 'covered' };
  });
  const count = (action: CalendarImportRow['action']) => rows.filter((r) => r.action === action).length;
  return { before, cal, rows, added: count('add'), updated: count('update'), skipped: count('skip') };
}

/** Reads the file, decides per event, and (unless a dry run) writes the new calendar in one change. */
export async function importCalendar(ctx: ServiceContext, input: CalendarImportInput): Promise<CalendarImportResult> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const sprint = targetSprint(team, input);
  const range = sprint ?? holidayImportRange(team.sprints, dateInZone(ctx.now().getTime(), team.settings.timeZone));
  const reading = readCalendar(input.text, range.startDate, range.endDate, team.settings.timeZone);
  if (reading.unreadable)
    throw invalid('text', `${reading.problems[0] ?? 'This file could not be read.'} Nothing was added.`);
  const entries = proposeEntries(reading.events, team.members, range);
  const planned = applyEntries(team, sprint, entries, input);
  const resultOf = ({ rows, added, updated, skipped }: typeof planned) => ({
    kind: input.kind,
    eventCount: reading.eventCount,
    rows,
    problems: reading.problems,
    added,
    updated,
    skipped,
    dryRun: input.dryRun === true,
  });
  const unchanged = { backup: null, importId: null, update: planningUpdate(ctx.store.snapshot(), input.teamId, {}) };
  if (input.dryRun || planned.added + planned.updated === 0) return { ...resultOf(planned), ...unchanged };
  // Refused before the backup: a folder a newer Cadence wrote is left exactly as it was.
  assertWritable(ctx);
  const backup = await takeSafetyBackup(ctx, 'before-calendar-import');
  // Decided again on the calendar as it is now, with no wait before the change: entries added while the backup was
  // written (in another window, by a sync) stay, rather than be replaced by the lists as they were before it.
  const now = teamOf(ctx.store.snapshot(), input.teamId);
  const sprintNow = sprint ? findIn(now.sprints, sprint.id, 'The sprint') : null;
  if (sprintNow) checkEditable(sprintNow);
  const applied = applyEntries(now, sprintNow, entries, input);
  const { before, cal } = applied;
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const target = findTeam(draft.teams, input.teamId);
    target.calendar.holidays = castDraft([...cal.holidays].sort((a, b) => a.date.localeCompare(b.date)));
    if (!sprint) return;
    const s = findIn(target.sprints, sprint.id, 'The sprint');
    s.timeOff = castDraft(cal.timeOff);
    s.onCall = castDraft(cal.onCall);
  });
  const importId = newId();
  imports.keep(ctx.store, importId, {
    teamId: input.teamId,
    sprintId: sprint?.id ?? null,
    ...changesMade(before, cal),
  });
  const update = planningUpdate(ws, input.teamId, { sprints: sprint ? [sprint.id] : [], calendar: true });
  return { ...resultOf(applied), backup, importId, update };
}

/** What an import added, and the shifts it moved as they were and as it left them. */
interface ImportChanges {
  addedHolidayIds: string[];
  addedTimeOffIds: string[];
  addedShiftIds: string[];
  movedShifts: { was: OnCallShift; now: OnCallShift }[];
}

/**
 * What Undo needs, kept in memory (Undo is offered for moments, not across restarts): only what the import
 * changed, so that entries made since (by hand, by another import, from another window) stay.
 */
interface KeptImport extends ImportChanges {
  teamId: string;
  sprintId: string | null;
}

function changesMade(before: ImportTarget, after: ImportTarget): ImportChanges {
  const addedIds = <T extends { id: string }>(was: readonly T[], now: readonly T[]) => {
    const known = new Set(was.map((x) => x.id));
    return now.filter((x) => !known.has(x.id)).map((x) => x.id);
  };
  const now = new Map(after.onCall.map((s) => [s.id, s]));
  return {
    addedHolidayIds: addedIds(before.holidays, after.holidays),
    addedTimeOffIds: addedIds(before.timeOff, after.timeOff),
    addedShiftIds: addedIds(before.onCall, after.onCall),
    movedShifts: before.onCall.flatMap((was) => {
      const moved = now.get(was.id);
      return moved && !sameShift(was, moved) ? [{ was, now: moved }] : [];
    }),
  };
}

/** A shift the import moved goes back to what it was, unless it has been changed again since. */
function shiftBeforeImport(shift: OnCallShift, moved: ReadonlyMap<string, { was: OnCallShift; now: OnCallShift }>) {
  const record = moved.get(shift.id);
  return record && sameShift(shift, record.now) ? { ...record.was } : shift;
}

/** The last 20 imports can be undone. */
const imports = undoShelf<KeptImport>(20);

/** Takes out what the import added and puts back the shifts it moved; what was entered since stays. */
export async function undoCalendarImport(
  ctx: ServiceContext,
  input: { teamId: string; importId: string },
): Promise<PlanningUpdate> {
  const record = imports.get(ctx.store, input.importId);
  if (!record || record.teamId !== input.teamId) {
    throw new DomainError(
      'not_found',
      'That import can no longer be undone here; restore the backup taken before it on the Data & backups screen.',
    );
  }
  const { sprintId } = record;
  if (sprintId) checkEditable(findIn(teamOf(ctx.store.snapshot(), input.teamId).sprints, sprintId, 'The sprint'));
  const added = new Set([...record.addedHolidayIds, ...record.addedTimeOffIds, ...record.addedShiftIds]);
  const moved = new Map(record.movedShifts.map((m) => [m.was.id, m]));
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const team = findTeam(draft.teams, input.teamId);
    team.calendar.holidays = team.calendar.holidays.filter((h) => !added.has(h.id));
    if (!sprintId) return;
    const target = findIn(team.sprints, sprintId, 'The sprint');
    target.timeOff = target.timeOff.filter((t) => !added.has(t.id));
    target.onCall = target.onCall.filter((s) => !added.has(s.id)).map((s) => castDraft(shiftBeforeImport(s, moved)));
  });
  imports.forget(ctx.store, input.importId);
  return planningUpdate(ws, input.teamId, { sprints: sprintId ? [sprintId] : [], calendar: true });
}
