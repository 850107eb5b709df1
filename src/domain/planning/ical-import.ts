import { formatDayRange } from '../shared/dates';
import { memberName } from '../team/member-name';
import type { Member } from '../team/schema';
import { addDays, datesBetween, rangesOverlap, workingDatesBetween } from './calendar';
import { readCalendar, type CalendarEvent, type CalendarReading, type EventTimes } from './ical-read';
import { notTakingOnCall } from './rules';
import type { OnCallShift, Sprint } from './schema';
import type { TeamCalendar } from './team-calendar';

/**
 * Turning an iCal file's events into on-call shifts, time off or holidays for a sprint: a PagerDuty,
 * Opsgenie or Grafana OnCall schedule, a shared or personal leave calendar, a public-holiday calendar.
 * Each event becomes a proposed entry (days clipped to the sprint) with the member it names; the
 * facilitator checks the list before anything is added.
 */

export {
  fitsCalendarFile,
  ICS_TOO_LARGE,
  MAX_ICS_BYTES,
  MAX_ICS_SIZE,
  readCalendar,
  type CalendarEvent,
  type CalendarReading,
} from './ical-read';

export interface ProposedEntry {
  /** Stable within one reading of one text: the event's position in the file and its day. */
  key: string;
  summary: string;
  startDate: string;
  endDate: string;
  /** The member the event names, or null when it names none or several. */
  memberId: string | null;
  /** The members an event names when it names several ("Ana OOO" with two Anas), so the picker says so; else empty. */
  several: string[];
  /** A timed event's hours and times (a 2-hour dentist visit); left out for an all-day event. */
  timed?: EventTimes;
  /** Free, out of office or busy, as the file says. */
  busy: CalendarEvent['busy'];
  /** The event's UID (and scheduled time, in a series), kept on an imported shift so a re-import finds it. */
  source: string | null;
}

export type ImportKind = 'onCall' | 'timeOff' | 'holidays';

/** What an import adds to: the sprint's time off and shifts, and the team calendar's holidays. */
export type ImportTarget = Pick<Sprint, 'timeOff' | 'onCall'> & Pick<TeamCalendar, 'holidays'>;

export class CalendarFileError extends Error {}

/** readCalendar for callers that stop at an unreadable file: throws CalendarFileError with its sentence. */
export function readCalendarEvents(
  text: string,
  from: string,
  to: string,
  teamZone = 'UTC',
): { events: CalendarEvent[]; eventCount: number } {
  const reading = readCalendar(text, from, to, teamZone);
  if (reading.unreadable) throw new CalendarFileError(reading.problems[0] ?? 'This iCal file could not be read.');
  return { events: reading.events, eventCount: reading.eventCount };
}

const normalize = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9@]+/g, ' ')
    // An address's name part stands on its own: "asha.patel@acme.com" names Asha Patel by her full name.
    .replace(/@/g, ' @')
    .trim();

/**
 * The members some texts name: those whose full name they hold (an address such as asha.patel@ gives one), else
 * those whose first name they hold (asha@). One when a single member fits, several when more do, none when none.
 */
function membersIn(texts: readonly string[], members: readonly Member[]): string[] {
  const text = ` ${normalize(texts.join(' '))} `;
  const fits = (needle: string) => needle !== '' && text.includes(` ${needle} `);
  const byFullName = members.filter((m) => fits(normalize(m.name)));
  const byFirstName = members.filter((m) => fits(normalize(m.name).split(' ')[0] ?? ''));
  return (byFullName.length > 0 ? byFullName : byFirstName).map((m) => m.id);
}

/**
 * The members an event names in its title or attendees; when they name nobody, the member its organizer is (who
 * may only have filed it: "Ben OOO" put in the calendar by Asha is Ben's). Several when the names fit several.
 */
export function membersNamedIn(
  event: Pick<CalendarEvent, 'summary' | 'people' | 'organizer'>,
  members: readonly Member[],
): string[] {
  const named = membersIn([event.summary, ...event.people], members);
  return named.length > 0 ? named : membersIn(event.organizer ?? [], members);
}

/** The one member an event names (membersNamedIn); null when none or several fit. */
export function memberNamedIn(
  event: Pick<CalendarEvent, 'summary' | 'people' | 'organizer'>,
  members: readonly Member[],
): string | null {
  const named = membersNamedIn(event, members);
  return named.length === 1 ? (named[0] ?? null) : null;
}

const HOLIDAY = /\bholidays?\b|\bfeiertage?\b|\bjours? f[ée]ri[ée]s?\b/i;

/**
 * What the events most likely are: holidays when the calendar is a public-holiday one (Google's is
 * named "Holidays in …", Outlook's files its events under CATEGORIES:Holiday), else on-call shifts
 * unless most read as leave (by title, or Outlook's out-of-office status).
 */
export function guessKind(reading: Pick<CalendarReading, 'events' | 'calendarName'>): ImportKind {
  const { events } = reading;
  const filedAsHoliday = events.filter((e) => e.categories.some((c) => /^holidays?$/i.test(c))).length;
  if (HOLIDAY.test(reading.calendarName) || (events.length > 0 && filedAsHoliday > events.length / 2)) {
    return 'holidays';
  }
  const leave = /\b(ooo|oof|out of office|away|vacation|holiday|leave|pto|time off|off sick|sick|annual)\b/i;
  const onCall = /\b(on[- ]?call|pager|primary|secondary|rota|shift)\b/i;
  const reads = (e: CalendarEvent) => e.busy === 'oof' || (leave.test(e.summary) && !onCall.test(e.summary));
  return events.filter(reads).length > events.length / 2 ? 'timeOff' : 'onCall';
}

/** Why an event is not leave: a free (TRANSP:TRANSPARENT) event does not take anyone away. */
export function notLeave(event: Pick<CalendarEvent, 'busy'>): string | null {
  return event.busy === 'free' ? 'Marked free (TRANSP:TRANSPARENT), so not leave' : null;
}

/** The events as entries for a sprint: days clipped to it, each with the member it names. */
export function proposeEntries(
  events: readonly CalendarEvent[],
  members: readonly Member[],
  sprint: { startDate: string; endDate: string },
): ProposedEntry[] {
  return events
    .filter((e) => e.endDate >= sprint.startDate && e.startDate <= sprint.endDate)
    .map((e, index) => {
      const named = membersNamedIn(e, members);
      return {
        key: `${index}:${e.startDate}`,
        summary: e.summary,
        startDate: e.startDate < sprint.startDate ? sprint.startDate : e.startDate,
        endDate: e.endDate > sprint.endDate ? sprint.endDate : e.endDate,
        memberId: named.length === 1 ? (named[0] ?? null) : null,
        several: named.length > 1 ? named : [],
        ...(e.timed ? { timed: e.timed } : {}),
        busy: e.busy,
        source: e.source,
      };
    });
}

/**
 * Why an on-call entry cannot be imported for its member (they do not take on-call shifts), with the fix;
 * null when it can, or when it names nobody yet. Their shifts already in the calendar stay as they are.
 */
export function shiftProblem(memberId: string | null, members: readonly Member[]): string | null {
  const member = memberId === null ? undefined : members.find((m) => m.id === memberId);
  const why = member ? notTakingOnCall(member) : null;
  return why ? `${why}, then import again` : null;
}

/**
 * The shifts an earlier import made of the same event (same source) that still overlap its days, among
 * `shifts`: usually one, two when two synced computers imported the same file. None when the entry has no
 * source (an event without a UID), or when the shift of that source lies on other days: some exports number
 * their UIDs by position and give the same one to another week, which must not move the earlier week away.
 */
export function shiftsImportedBefore(
  entry: Pick<ProposedEntry, 'source' | 'startDate' | 'endDate'>,
  shifts: readonly OnCallShift[],
): OnCallShift[] {
  if (entry.source === null) return [];
  return shifts.filter(
    (s) => s.source === entry.source && rangesOverlap(s.startDate, s.endDate, entry.startDate, entry.endDate),
  );
}

/**
 * What an event changed in the shift an earlier import made of it ("Changed since the last import: was Asha
 * Patel"), or null when the shift is as the event says: a rota handed to someone else, or moved.
 */
export function shiftChange(
  was: Pick<OnCallShift, 'memberId' | 'startDate' | 'endDate'>,
  entry: { memberId: string; startDate: string; endDate: string },
  members: readonly Pick<Member, 'id' | 'name'>[],
): string | null {
  const changes = [
    ...(was.memberId === entry.memberId ? [] : [memberName(members, was.memberId)]),
    ...(was.startDate === entry.startDate && was.endDate === entry.endDate
      ? []
      : [formatDayRange(was.startDate, was.endDate, { withYear: true })]),
  ];
  return changes.length === 0 ? null : `Changed since the last import: was ${changes.join(', ')}`;
}

/**
 * Why an entry would add nothing to the sprint as it stands (the same file imported again, leave on a
 * weekend, a free event read as leave), or null when it adds something.
 */
export function coveredAlready(
  entry: { memberId: string | null; startDate: string; endDate: string; busy?: CalendarEvent['busy'] },
  kind: ImportKind,
  sprint: ImportTarget,
  workingDays: readonly number[],
): string | null {
  if (kind === 'holidays') {
    const known = new Set(sprint.holidays.map((h) => h.date));
    const days = datesBetween(entry.startDate, entry.endDate);
    return days.every((d) => known.has(d)) ? 'Already a holiday' : null;
  }
  if (kind === 'timeOff' && entry.busy) {
    const free = notLeave({ busy: entry.busy });
    if (free) return free;
  }
  if (!entry.memberId) return null;
  if (kind === 'onCall') {
    const same = sprint.onCall.some(
      (s) => s.memberId === entry.memberId && s.startDate === entry.startDate && s.endDate === entry.endDate,
    );
    return same ? 'Already in the calendar' : null;
  }
  const days = workingDatesBetween(entry.startDate, entry.endDate, workingDays);
  if (days.length === 0) return 'No working day in it';
  const off = new Set(sprint.timeOff.filter((t) => t.memberId === entry.memberId).map((t) => t.date));
  return days.every((d) => off.has(d)) ? 'Already in the calendar' : null;
}

/**
 * The days a holiday calendar is read for when no sprint is named: from today (or the first sprint not yet
 * closed, if earlier) to a year ahead (or the last sprint's end, if later). Holiday feeds repeat for ever.
 */
export function holidayImportRange(
  sprints: readonly Pick<Sprint, 'startDate' | 'endDate' | 'state'>[],
  today: string,
): { startDate: string; endDate: string } {
  const open = sprints.filter((s) => s.state !== 'closed');
  const starts = [today, ...open.map((s) => s.startDate)].sort();
  const ends = [addDays(today, 365), ...sprints.map((s) => s.endDate)].sort();
  return { startDate: starts[0] ?? today, endDate: ends[ends.length - 1] ?? today };
}
