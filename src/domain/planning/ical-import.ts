import ICAL from 'ical.js';
import type { Member } from '../team/schema';
import { addDays, isoDateOf, workingDatesBetween } from './calendar';
import type { Sprint } from './schema';

/**
 * Reading on-call shifts and time off from an iCal file: a PagerDuty or Opsgenie schedule export, or a
 * shared leave calendar. Each event becomes a proposed entry for the sprint (days clipped to it), with
 * the member whose name it mentions; the facilitator checks the list before anything is added.
 */

/** One event of the file as whole days (UTC), both ends included. */
export interface CalendarEvent {
  summary: string;
  /** Names and addresses of the people the event is about: its attendees and organizer. */
  people: string[];
  startDate: string;
  endDate: string;
}

export interface ProposedEntry {
  /** Stable within one reading: the event's position in the file and its day. */
  key: string;
  summary: string;
  startDate: string;
  endDate: string;
  /** The member the event names, or null when it names none or several. */
  memberId: string | null;
}

export type ImportKind = 'onCall' | 'timeOff';

/** A recurring event is followed this far (a daily rota for 50 years) and gives at most this many entries. */
const MAX_STEPS = 20_000;
const MAX_OCCURRENCES = 1000;
/** An iCal file larger than this is not a schedule export. */
export const MAX_ICS_BYTES = 2_000_000;

export class CalendarFileError extends Error {}

/** The last day a [start, end) interval touches: all-day ends are exclusive, timed ones end at an instant. */
function lastDay(end: ICAL.Time, start: ICAL.Time): string {
  if (end.isDate) return addDays(dayOf(end), -1);
  const endMs = end.toJSDate().getTime();
  const startMs = start.toJSDate().getTime();
  return isoDateOf(new Date(Math.max(startMs, endMs - 1)));
}

function dayOf(time: ICAL.Time): string {
  if (time.isDate) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${time.year}-${pad(time.month)}-${pad(time.day)}`;
  }
  return isoDateOf(time.toJSDate());
}

function peopleOf(vevent: ICAL.Component): string[] {
  const props = [...vevent.getAllProperties('attendee'), ...vevent.getAllProperties('organizer')];
  return props.flatMap((p) => {
    const name = p.getParameter('cn');
    const address = String(p.getFirstValue() ?? '').replace(/^mailto:/i, '');
    return [typeof name === 'string' ? name : '', address].filter((s) => s !== '');
  });
}

/**
 * The events of an iCal text that touch [from, to] (ISO dates, included), recurring ones expanded, and
 * how many events the file holds in all. Throws CalendarFileError with a sentence for the facilitator
 * when the text is not an iCal calendar.
 */
export function readCalendarEvents(
  text: string,
  from: string,
  to: string,
): { events: CalendarEvent[]; eventCount: number } {
  if (text.length > MAX_ICS_BYTES) {
    throw new CalendarFileError('This file is too large for a schedule export (over 2 MB).');
  }
  if (!/BEGIN:VCALENDAR/i.test(text)) {
    throw new CalendarFileError('This file is not an iCal calendar (.ics): it has no BEGIN:VCALENDAR.');
  }
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    throw new CalendarFileError(`This iCal file could not be read: ${(error as Error).message}`);
  }
  // Times given in the file's own zones are read in those zones (PagerDuty writes a VTIMEZONE).
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events: CalendarEvent[] = [];
  const vevents = root.getAllSubcomponents('vevent');
  for (const vevent of vevents) {
    const event = new ICAL.Event(vevent);
    if (!event.startDate) continue;
    const summary = (event.summary ?? '').trim() || '(no title)';
    const people = peopleOf(vevent);
    const push = (start: ICAL.Time, end: ICAL.Time | null) => {
      const startDate = dayOf(start);
      const endDate = end ? lastDay(end, start) : startDate;
      if (endDate >= from && startDate <= to) events.push({ summary, people, startDate, endDate });
    };
    if (!event.isRecurring()) {
      push(event.startDate, event.endDate);
      continue;
    }
    const occurrences = event.iterator();
    const before = events.length;
    for (let step = 0; step < MAX_STEPS && events.length - before < MAX_OCCURRENCES; step += 1) {
      const next = occurrences.next();
      if (!next || dayOf(next) > to) break;
      const details = event.getOccurrenceDetails(next);
      push(details.startDate, details.endDate);
    }
  }
  events.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.summary.localeCompare(b.summary));
  return { events, eventCount: vevents.length };
}

const normalize = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9@]+/g, ' ')
    .trim();

/**
 * The one member an event names: by full name in its title or people, else by a first name (or an
 * address such as asha.patel@) that fits exactly one member. Null when none or several fit.
 */
export function memberNamedIn(
  event: Pick<CalendarEvent, 'summary' | 'people'>,
  members: readonly Member[],
): string | null {
  const text = ` ${normalize([event.summary, ...event.people].join(' '))} `;
  const fits = (needle: string) => needle !== '' && text.includes(` ${needle} `);
  const byFullName = members.filter((m) => fits(normalize(m.name)));
  if (byFullName.length === 1) return byFullName[0]?.id ?? null;
  if (byFullName.length > 1) return null;
  const byFirstName = members.filter((m) => fits(normalize(m.name).split(' ')[0] ?? ''));
  return byFirstName.length === 1 ? (byFirstName[0]?.id ?? null) : null;
}

/** What the events most likely are, from their titles: on-call shifts unless they read as leave. */
export function guessKind(events: readonly CalendarEvent[]): ImportKind {
  const leave = /\b(ooo|out of office|vacation|holiday|leave|pto|time off|off sick|sick|annual)\b/i;
  const onCall = /\b(on[- ]?call|pager|primary|secondary|rota|shift)\b/i;
  const leaveCount = events.filter((e) => leave.test(e.summary) && !onCall.test(e.summary)).length;
  return leaveCount > events.length / 2 ? 'timeOff' : 'onCall';
}

/** The events as entries for a sprint: days clipped to it, each with the member it names. */
export function proposeEntries(
  events: readonly CalendarEvent[],
  members: readonly Member[],
  sprint: { startDate: string; endDate: string },
): ProposedEntry[] {
  return events
    .filter((e) => e.endDate >= sprint.startDate && e.startDate <= sprint.endDate)
    .map((e, index) => ({
      key: `${index}:${e.startDate}`,
      summary: e.summary,
      startDate: e.startDate < sprint.startDate ? sprint.startDate : e.startDate,
      endDate: e.endDate > sprint.endDate ? sprint.endDate : e.endDate,
      memberId: memberNamedIn(e, members),
    }));
}

/**
 * Why an entry would add nothing to the sprint as it stands (the same file imported again, leave on a
 * weekend), or null when it adds something.
 */
export function coveredAlready(
  entry: { memberId: string | null; startDate: string; endDate: string },
  kind: ImportKind,
  sprint: Pick<Sprint, 'timeOff' | 'onCall'>,
  workingDays: readonly number[],
): string | null {
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
