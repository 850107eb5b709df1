import type { Draft } from 'immer';
import { compareInstants, rangesOverlap, workingDatesBetween } from '../domain/planning/calendar';
import { formatDay, formatDayRange, type DateStyle } from '../domain/shared/dates';
import type { ChangeWindowFields, HolidayFields, MemberRange } from '../domain/planning/inputs';
import {
  checkEditable,
  checkInSprint,
  checkMember,
  checkTakesOnCall,
  checkWindowTouchesSprint,
} from '../domain/planning/rules';
import type { Sprint } from '../domain/planning/schema';
import type { TeamCalendar, TeamCalendarKind } from '../domain/planning/team-calendar';
import { DomainError, invalid } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';
import { planningUpdate, type PlanningUpdate } from './planning-update';
import { memberName } from '../domain/team/member-name';

/** A sprint's calendar: its time off and on-call shifts, and the team calendar's entries that touch it. */

export type CalendarKind = 'timeOff' | 'onCall' | 'holidays' | 'changeWindows';

function editableSprint(ctx: ServiceContext, teamId: string, sprintId: string): { team: TeamDoc; sprint: Sprint } {
  const team = teamOf(ctx.store.snapshot(), teamId);
  const sprint = findIn(team.sprints, sprintId, 'The sprint');
  checkEditable(sprint);
  return { team, sprint };
}

async function changeSprint(
  ctx: ServiceContext,
  teamId: string,
  sprintId: string,
  recipe: (sprint: Draft<Sprint>) => void,
): Promise<PlanningUpdate> {
  const ws = await ctx.store.mutate({ teamId }, (draft) => {
    recipe(findIn(findTeam(draft.teams, teamId).sprints, sprintId, 'The sprint'));
  });
  return planningUpdate(ws, teamId, { sprints: [sprintId] });
}

/** The working days of a range a member is not already off (throws when there are none). */
function freshDaysOff(team: TeamDoc, sprint: Pick<Sprint, 'startDate' | 'endDate' | 'timeOff'>, range: MemberRange) {
  const member = checkMember(team.members, range.memberId);
  checkInSprint(sprint, range, 'Time off');
  const days = workingDatesBetween(range.startDate, range.endDate, team.settings.workingDays);
  if (days.length === 0)
    throw invalid('startDate', 'Those dates contain no working day, so there is nothing to book off.');
  const taken = new Set(sprint.timeOff.filter((t) => t.memberId === member.id).map((t) => t.date));
  const fresh = days.filter((d) => !taken.has(d));
  if (fresh.length === 0) throw invalid('startDate', `${member.name} is already off on those days.`);
  return fresh.map((date) => ({ id: newId(), memberId: member.id, date }));
}

/**
 * A new shift for a range, unless the member is already on call for part of it. A shift has no edit (the Calendar
 * tab lists it with Remove), so the refusal says how one is changed.
 */
function freshShift(
  team: TeamDoc,
  sprint: Pick<Sprint, 'startDate' | 'endDate' | 'onCall'>,
  range: MemberRange,
  dates: DateStyle,
) {
  const member = checkTakesOnCall(team.members, range.memberId);
  checkInSprint(sprint, range, 'The on-call shift');
  const clash = sprint.onCall.find(
    (s) => s.memberId === member.id && rangesOverlap(s.startDate, s.endDate, range.startDate, range.endDate),
  );
  if (clash) {
    throw invalid(
      'startDate',
      `${member.name} is already on call ${formatDayRange(clash.startDate, clash.endDate, dates)}, and one person's shifts cannot overlap: to change a shift, remove it and add the new dates.`,
    );
  }
  return { id: newId(), memberId: member.id, startDate: range.startDate, endDate: range.endDate };
}

/** Days off are stored one entry per working day, so they count once each however they were entered. */
export async function addTimeOff(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string; range: MemberRange },
): Promise<PlanningUpdate> {
  const { team, sprint } = editableSprint(ctx, input.teamId, input.sprintId);
  const days = freshDaysOff(team, sprint, input.range);
  return changeSprint(ctx, input.teamId, input.sprintId, (s) => {
    s.timeOff.push(...days);
  });
}

export async function addOnCall(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string; range: MemberRange },
): Promise<PlanningUpdate> {
  const { team, sprint } = editableSprint(ctx, input.teamId, input.sprintId);
  const shift = freshShift(team, sprint, input.range, { now: ctx.now() });
  return changeSprint(ctx, input.teamId, input.sprintId, (s) => {
    s.onCall.push(shift);
  });
}

/**
 * Several shifts or stretches of time off at once (an iCal import): all are added, or none is and the
 * error names the entry at fault. Each is checked as a single add would be, against the sprint as it
 * stands plus the entries before it.
 */
export async function importCalendarEntries(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string; kind: 'onCall' | 'timeOff'; entries: MemberRange[] },
): Promise<PlanningUpdate> {
  const { team, sprint } = editableSprint(ctx, input.teamId, input.sprintId);
  const timeOff = [...sprint.timeOff];
  const onCall = [...sprint.onCall];
  input.entries.forEach((range, index) => {
    try {
      if (input.kind === 'timeOff') timeOff.push(...freshDaysOff(team, { ...sprint, timeOff }, range));
      else onCall.push(freshShift(team, { ...sprint, onCall }, range, { now: ctx.now() }));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const who = memberName(team.members, range.memberId);
      throw invalid(
        `entries.${index}`,
        `Entry ${index + 1} (${who}, ${formatDayRange(range.startDate, range.endDate, { now: ctx.now() })}): ${error.message} Nothing was added.`,
      );
    }
  });
  // Only the new entries go into the stored sprint; the ones it had stay as they are.
  const newTimeOff = timeOff.slice(sprint.timeOff.length);
  const newShifts = onCall.slice(sprint.onCall.length);
  return changeSprint(ctx, input.teamId, input.sprintId, (s) => {
    s.timeOff.push(...newTimeOff);
    s.onCall.push(...newShifts);
  });
}

/**
 * Holidays, change windows and freezes are the team's (one list the sprints they touch all read); they are
 * added, changed and removed from a sprint's Calendar tab, so that sprint must still be open and the entry
 * must touch it.
 */
async function changeTeamCalendar(
  ctx: ServiceContext,
  teamId: string,
  recipe: (calendar: Draft<TeamCalendar>) => void,
): Promise<PlanningUpdate> {
  const ws = await ctx.store.mutate({ teamId }, (draft) => {
    recipe(findTeam(draft.teams, teamId).calendar);
  });
  return planningUpdate(ws, teamId, { calendar: true });
}

/** A holiday date inside the sprint that the team calendar does not have yet (except `selfId`, being edited). */
function checkHoliday(team: TeamDoc, sprint: Sprint, holiday: HolidayFields, selfId: string | null, dates: DateStyle) {
  checkInSprint(sprint, { startDate: holiday.date, endDate: holiday.date }, 'The holiday', {
    start: 'date',
    end: 'date',
  });
  if (team.calendar.holidays.some((h) => h.date === holiday.date && h.id !== selfId)) {
    throw invalid('date', `${formatDay(holiday.date, dates)} is already a team holiday.`);
  }
}

/**
 * A calendar entry removed meanwhile (another window, a sync, the command line): said as it is, with what to do. No
 * "reload": the screens catch up by themselves, and the command line has nothing to reload.
 */
function goneEntry(doing: 'change' | 'remove'): DomainError {
  return new DomainError(
    'not_found',
    doing === 'change'
      ? 'That calendar entry was removed meanwhile, so it cannot be changed. Add it again if it is still needed.'
      : 'That calendar entry was already removed; there is nothing left to remove.',
  );
}

function existingEntry(team: TeamDoc, kind: TeamCalendarKind, entryId: string, doing: 'change' | 'remove'): void {
  const list: readonly { id: string }[] = team.calendar[kind];
  if (!list.some((e) => e.id === entryId)) throw goneEntry(doing);
}

const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);
const byStart = (a: { start: string }, b: { start: string }) => compareInstants(a.start, b.start);

export async function addHoliday(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string; holiday: HolidayFields },
): Promise<PlanningUpdate> {
  const { team, sprint } = editableSprint(ctx, input.teamId, input.sprintId);
  checkHoliday(team, sprint, input.holiday, null, { now: ctx.now() });
  return changeTeamCalendar(ctx, input.teamId, (cal) => {
    cal.holidays.push({ id: newId(), ...input.holiday });
    cal.holidays.sort(byDate);
  });
}

export async function updateHoliday(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string; entryId: string; holiday: HolidayFields },
): Promise<PlanningUpdate> {
  const { team, sprint } = editableSprint(ctx, input.teamId, input.sprintId);
  existingEntry(team, 'holidays', input.entryId, 'change');
  checkHoliday(team, sprint, input.holiday, input.entryId, { now: ctx.now() });
  return changeTeamCalendar(ctx, input.teamId, (cal) => {
    cal.holidays = cal.holidays.map((h) => (h.id === input.entryId ? { id: h.id, ...input.holiday } : h));
    cal.holidays.sort(byDate);
  });
}

export async function addChangeWindow(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string; window: ChangeWindowFields },
): Promise<PlanningUpdate> {
  const { team, sprint } = editableSprint(ctx, input.teamId, input.sprintId);
  checkWindowTouchesSprint(sprint, input.window, team.settings.timeZone);
  return changeTeamCalendar(ctx, input.teamId, (cal) => {
    cal.changeWindows.push({ id: newId(), ...input.window });
    cal.changeWindows.sort(byStart);
  });
}

export async function updateChangeWindow(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string; entryId: string; window: ChangeWindowFields },
): Promise<PlanningUpdate> {
  const { team, sprint } = editableSprint(ctx, input.teamId, input.sprintId);
  existingEntry(team, 'changeWindows', input.entryId, 'change');
  checkWindowTouchesSprint(sprint, input.window, team.settings.timeZone);
  return changeTeamCalendar(ctx, input.teamId, (cal) => {
    cal.changeWindows = cal.changeWindows.map((w) => (w.id === input.entryId ? { id: w.id, ...input.window } : w));
    cal.changeWindows.sort(byStart);
  });
}

/** Time off and shifts go from the sprint; holidays, windows and freezes from the team calendar. */
export async function removeCalendarEntry(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string; kind: CalendarKind; entryId: string },
): Promise<PlanningUpdate> {
  const { team, sprint } = editableSprint(ctx, input.teamId, input.sprintId);
  const { kind, entryId } = input;
  if (kind === 'holidays' || kind === 'changeWindows') {
    existingEntry(team, kind, entryId, 'remove');
    return changeTeamCalendar(ctx, input.teamId, (cal) => {
      cal.holidays = cal.holidays.filter((e) => e.id !== entryId);
      cal.changeWindows = cal.changeWindows.filter((e) => e.id !== entryId);
    });
  }
  const list: readonly { id: string }[] = sprint[kind];
  if (!list.some((e) => e.id === entryId)) throw goneEntry('remove');
  return changeSprint(ctx, input.teamId, input.sprintId, (s) => {
    s.timeOff = s.timeOff.filter((e) => e.id !== entryId);
    s.onCall = s.onCall.filter((e) => e.id !== entryId);
  });
}
