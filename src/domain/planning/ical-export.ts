import ICAL from 'ical.js';
import type { Member } from '../team/schema';
import { addDays } from './calendar';
import type { Sprint } from './schema';
import { entryInSprint } from './sprint-entries';
import { calendarOfSprint, type TeamCalendar } from './team-calendar';
import { memberNames } from '../team/member-name';

/**
 * A sprint's calendar as an iCal file, for the team's own calendars: the sprint, the holidays in it, who is
 * off and who is on call (whole days), and its change windows and freezes (UTC times). Every event has
 * a UID derived from the entry's id, so importing a later export again updates instead of doubling.
 */

const PRODID = '-//Cadence//Sprint calendar//EN';

function allDay(date: string): ICAL.Time {
  return ICAL.Time.fromDateString(date);
}

function instant(iso: string): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(iso), true);
}

interface EventFields {
  uid: string;
  summary: string;
  start: ICAL.Time;
  end: ICAL.Time;
  description?: string;
  /** Someone away (time off): written as Outlook's out of office, so a calendar import reads it as leave. */
  away?: boolean;
}

/** Runs of consecutive dates (a member's days off are stored one per day): [first, last] pairs. */
export function dateRuns(dates: readonly string[]): [string, string][] {
  const runs: [string, string][] = [];
  for (const date of [...new Set(dates)].sort()) {
    const last = runs[runs.length - 1];
    if (last && addDays(last[1], 1) === date) last[1] = date;
    else runs.push([date, date]);
  }
  return runs;
}

/**
 * Whole-day entries (the sprint, holidays, on-call shifts) do not block anyone's calendar; time off
 * does, as leave does in Outlook (and Cadence's own import skips free events as not leave); change
 * windows and freezes do too.
 */
function transparency(e: EventFields): 'TRANSPARENT' | 'OPAQUE' {
  return e.start.isDate && !e.away ? 'TRANSPARENT' : 'OPAQUE';
}

export function sprintCalendarIcs(
  sprint: Sprint,
  teamCalendar: TeamCalendar,
  members: readonly Member[],
  now: Date,
  timeZone: string,
): string {
  const calendarOf = calendarOfSprint(teamCalendar, sprint, timeZone);
  const nameOf = memberNames(members);
  const events: EventFields[] = [];
  // All-day ends are exclusive in iCal: the day after the last one.
  const days = (
    uid: string,
    summary: string,
    first: string,
    last: string,
    extra: Pick<EventFields, 'description' | 'away'> = {},
  ) => events.push({ uid, summary, start: allDay(first), end: allDay(addDays(last, 1)), ...extra });

  days(
    `sprint-${sprint.id}`,
    sprint.name,
    sprint.startDate,
    sprint.endDate,
    sprint.goal ? { description: `Goal: ${sprint.goal}` } : {},
  );
  for (const h of calendarOf.holidays) days(`holiday-${h.id}`, `Holiday: ${h.name}`, h.date, h.date);
  // Only the time off and shifts the sprint counts (entryInSprint, as capacity and the Calendar tab): one its
  // moved dates left outside is not planned around in this sprint, and as an event in the sprint's calendar
  // it would say it was. A shift partly inside keeps its own dates: it is one real shift.
  const timeOff = sprint.timeOff.filter((t) => entryInSprint(sprint, t));
  const onCall = sprint.onCall.filter((s) => entryInSprint(sprint, s));
  const offBy = new Map<string, { id: string; date: string }[]>();
  for (const t of timeOff) offBy.set(t.memberId, [...(offBy.get(t.memberId) ?? []), t]);
  for (const [memberId, entries] of offBy) {
    for (const [first, last] of dateRuns(entries.map((e) => e.date))) {
      const firstId = entries.find((e) => e.date === first)?.id ?? first;
      days(`off-${firstId}`, `${nameOf(memberId)} off`, first, last, { away: true });
    }
  }
  for (const s of onCall) days(`oncall-${s.id}`, `${nameOf(s.memberId)} on call`, s.startDate, s.endDate);
  for (const w of calendarOf.changeWindows) {
    const kind = w.kind === 'freeze' ? 'Change freeze' : 'Change window';
    events.push({ uid: `window-${w.id}`, summary: `${kind}: ${w.name}`, start: instant(w.start), end: instant(w.end) });
  }

  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', PRODID);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('x-wr-calname', sprint.name);
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const e of events) {
    const vevent = new ICAL.Component('vevent');
    vevent.updatePropertyWithValue('uid', `${e.uid}@cadence`);
    vevent.updatePropertyWithValue('dtstamp', stamp);
    vevent.updatePropertyWithValue('dtstart', e.start);
    vevent.updatePropertyWithValue('dtend', e.end);
    vevent.updatePropertyWithValue('summary', e.summary);
    if (e.description) vevent.updatePropertyWithValue('description', e.description);
    vevent.updatePropertyWithValue('transp', transparency(e));
    if (e.away) vevent.updatePropertyWithValue('x-microsoft-cdo-busystatus', 'OOF');
    calendar.addSubcomponent(vevent);
  }
  return calendar.toString().replace(/\r?\n/g, '\r\n') + '\r\n';
}
