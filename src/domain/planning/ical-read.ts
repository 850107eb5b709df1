import ICAL from 'ical.js';
import { fileSize } from '../shared/file-size';
import { ianaZoneOf } from '../shared/time-zone';
import { fitsInBytes } from '../shared/workspace-file-bound';
import { instantOfWallClock, wallClockAt, zonedClock } from '../shared/zoned-time';
import { addDays, daysFrom } from './calendar';
import { tidyLooseDates } from './ical-loose-dates';
import { parseEventByEvent, type PerEventParse } from './ical-parse-per-event';
import { quote } from '../shared/words';

/**
 * Reading the events of an iCal file with ical.js, as whole days in the team's time zone: recurring
 * events expanded with their moved (RECURRENCE-ID) and removed (EXDATE, STATUS:CANCELLED) occurrences,
 * times in the file's own VTIMEZONEs, in Windows zone names (Outlook) or in UTC (PagerDuty).
 */

/** What the event says about the person's time: free (TRANSP:TRANSPARENT), out of office (Outlook), or busy. */
export type Busy = 'busy' | 'free' | 'oof';

/** One occurrence of an event as whole days in the team's zone, both ends included. */
export interface CalendarEvent {
  summary: string;
  /** Names and addresses of the people the event is about: its attendees. */
  people: string[];
  /**
   * The organizer's name and address: whoever put the event in the calendar (a scrum master filing a colleague's
   * leave), so they name the member only when the title and the attendees name nobody. Left out: none.
   */
  organizer?: string[];
  startDate: string;
  endDate: string;
  /** A timed event's length and wall-clock times in the team's zone ("09:00"); left out for an all-day one. */
  timed?: EventTimes;
  busy: Busy;
  /** CATEGORIES of the event (Outlook's holiday calendars say "Holiday"). */
  categories: string[];
  /**
   * Which event of the calendar this is, the same in every export of it: its UID, and for an occurrence of a
   * recurring event the time it was scheduled for (RECURRENCE-ID). Null when the event has no UID.
   */
  source: string | null;
}

/** A timed event's length in hours, and its start and end as the team's clock shows them ("09:00", "11:00"). */
export interface EventTimes {
  hours: number;
  from: string;
  to: string;
}

export interface CalendarReading {
  events: CalendarEvent[];
  /** How many VEVENTs the file holds (overrides of a recurring event included). */
  eventCount: number;
  /** The calendar's own name (X-WR-CALNAME), or '' when it has none (iCloud writes no PRODID either). */
  calendarName: string;
  /** Why the file, or some events of it, could not be read; each a sentence for the facilitator. */
  problems: string[];
  /** True when nothing could be read at all (not a calendar, damaged, too large). */
  unreadable: boolean;
}

/**
 * A recurring event is followed this far from where its expansion starts (a daily rota for 50 years) and gives
 * at most this many entries. A plain daily or weekly rule starts near the dates read, however old the series.
 */
const MAX_STEPS = 20_000;
const MAX_OCCURRENCES = 1000;
/**
 * An iCal file larger than this is not a schedule export. In the units every size Cadence shows is counted in
 * (`fileSize`: a megabyte of 1024 × 1024 bytes), so a file refused never reads as the bound ("2.0 MB; … up to 2 MB").
 */
export const MAX_ICS_BYTES = 2 * 1024 * 1024;
/** The bound in words ("2 MB"), for every refusal of a calendar too large: the screen's, the api's, the command line's. */
export const MAX_ICS_SIZE = fileSize(MAX_ICS_BYTES);
/** Why a calendar over the bound is not read, on the screen and from the api. */
export const ICS_TOO_LARGE = `This file is too large for a schedule export (over ${MAX_ICS_SIZE}).`;
/**
 * Whether a calendar's text is within the bound, counted in the bytes of its file (as the command line counts
 * them): a calendar of Cyrillic or CJK names holds two or three bytes a letter.
 */
export function fitsCalendarFile(text: string): boolean {
  return fitsInBytes(text, MAX_ICS_BYTES);
}
/** An event ending before this hour on its last day does not count that day (a 09:00 hand-over). */
const LAST_DAY_FROM_HOUR = 12;

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (t: ICAL.Time) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;

/** The moment a timed value means: UTC as is, a zone the file defines through it, else a named or the team's zone. */
function instantOf(time: ICAL.Time, tzid: string | undefined, teamZone: string): number {
  const zone = time.zone;
  if (zone === ICAL.Timezone.utcTimezone) return time.toUnixTime() * 1000;
  if (tzid && ICAL.TimezoneService.has(tzid)) {
    const inZone = time.clone();
    inZone.zone = ICAL.TimezoneService.get(tzid) ?? ICAL.Timezone.localTimezone;
    return inZone.toUnixTime() * 1000;
  }
  const iana = (tzid ? ianaZoneOf(tzid) : null) ?? teamZone;
  return instantOfWallClock(time, iana);
}

/**
 * The days an occurrence counts on in the team's zone: all-day events from start to the day before
 * their (exclusive) end; timed ones every day they touch, except a last day they leave before 12:00.
 */
export function daysOfOccurrence(
  start: { allDay: true; date: string } | { allDay: false; ms: number },
  end: { allDay: true; date: string } | { allDay: false; ms: number } | null,
  teamZone: string,
): { startDate: string; endDate: string } {
  if (start.allDay) {
    const last = end?.allDay ? addDays(end.date, -1) : start.date;
    return { startDate: start.date, endDate: last < start.date ? start.date : last };
  }
  const first = zonedClock(start.ms, teamZone).date;
  if (!end || end.allDay || end.ms <= start.ms) return { startDate: first, endDate: first };
  const last = zonedClock(end.ms, teamZone);
  // An end at 00:00 touches nothing of that day; one before noon is a hand-over, not a day worked.
  const endDate = last.hour < LAST_DAY_FROM_HOUR ? addDays(last.date, -1) : last.date;
  return { startDate: first, endDate: endDate < first ? first : endDate };
}

/** The times of an event with a timed start and end, or null for an all-day one (or one without a length). */
export function timesOfOccurrence(
  start: { allDay: true; date: string } | { allDay: false; ms: number },
  end: { allDay: true; date: string } | { allDay: false; ms: number } | null,
  teamZone: string,
): EventTimes | null {
  if (start.allDay || !end || end.allDay || end.ms <= start.ms) return null;
  const clock = (ms: number) => {
    const at = wallClockAt(ms, teamZone);
    return `${pad(at.hour)}:${pad(at.minute)}`;
  };
  return { hours: (end.ms - start.ms) / 3_600_000, from: clock(start.ms), to: clock(end.ms) };
}

function peopleOf(vevent: ICAL.Component, role: 'attendee' | 'organizer'): string[] {
  return vevent.getAllProperties(role).flatMap((p) => {
    const name = p.getParameter('cn');
    const address = String(p.getFirstValue() ?? '').replace(/^mailto:/i, '');
    return [typeof name === 'string' ? name : '', address].filter((s) => s !== '');
  });
}

function textOf(vevent: ICAL.Component, name: string): string {
  const value = vevent.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
}

function busyOf(vevent: ICAL.Component): Busy {
  const status = textOf(vevent, 'x-microsoft-cdo-busystatus').toUpperCase();
  if (status === 'OOF') return 'oof';
  if (status === 'FREE' || textOf(vevent, 'transp').toUpperCase() === 'TRANSPARENT') return 'free';
  return 'busy';
}

function categoriesOf(vevent: ICAL.Component): string[] {
  return vevent
    .getAllProperties('categories')
    .flatMap((p) => p.getValues())
    .map((v) => String(v).trim())
    .filter((v) => v !== '');
}

/** The TZID a date-time property names (its own zone), if any. */
function tzidOf(vevent: ICAL.Component, name: string): string | undefined {
  const tzid = vevent.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' && tzid !== '' ? tzid : undefined;
}

const isCancelled = (vevent: ICAL.Component) => textOf(vevent, 'status').toUpperCase() === 'CANCELLED';

const unreadable = (problem: string): CalendarReading => ({
  events: [],
  eventCount: 0,
  calendarName: '',
  problems: [problem],
  unreadable: true,
});

/** The file's first calendar, with the events left out because they could not be parsed; or why it is unreadable. */
function parseRoot(file: string): PerEventParse | string {
  if (!fitsCalendarFile(file)) return ICS_TOO_LARGE;
  if (!/BEGIN:VCALENDAR/i.test(file)) return 'This file is not an iCal calendar (.ics): it has no BEGIN:VCALENDAR.';
  const text = tidyLooseDates(file);
  let parsed: PerEventParse;
  try {
    const whole: unknown = ICAL.parse(text);
    // A file holding several calendars parses to a list of them; the first is read.
    const first = Array.isArray(whole) && Array.isArray(whole[0]) ? (whole[0] as unknown[]) : (whole as unknown[]);
    parsed = { root: new ICAL.Component(first), leftOut: [] };
  } catch (error) {
    // One event's damage (an RRULE ical.js cannot decode) costs that event only.
    const perEvent = parseEventByEvent(text);
    if (!perEvent) return couldNotRead(error);
    parsed = perEvent;
  }
  if (parsed.root.name !== 'vcalendar') return 'This file is not an iCal calendar (.ics): it does not start with one.';
  return parsed;
}

const leftOutProblem = (what: string, reason: string) => `${quote(what)} could not be read and was left out: ${reason}`;

/** Why a recurring event's occurrences in the dates read are missing, or only some of them are there. */
function cutShortProblem(what: string, why: 'steps' | 'occurrences', from: string, to: string): string {
  return why === 'steps'
    ? `${quote(what)} repeats too often since it began to be followed to ${from} – ${to}, so its occurrences in those dates were left out. Add them by hand, or export the schedule for these dates only.`
    : `${quote(what)} has more than ${MAX_OCCURRENCES} occurrences in ${from} – ${to}; only the first ${MAX_OCCURRENCES} were read.`;
}

/**
 * ical.js's reason as a sentence the message can go on from. Its messages are lower case without a full stop,
 * and the commonest (a file cut short in a download or a copy) says "component began but did not end".
 */
function couldNotRead(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const words = /component began but did not end/i.test(reason)
    ? 'it ends before its calendar does (the file may be cut short)'
    : reason.trim().replace(/\.+$/, '');
  return `This iCal file could not be read: ${words}.`;
}

/**
 * The events of an iCal text that touch [from, to] (ISO dates, included) as days in `teamZone`,
 * recurring ones expanded. Never throws: what cannot be read is named in `problems`.
 */
export function readCalendar(text: string, from: string, to: string, teamZone: string): CalendarReading {
  const parsed = parseRoot(text);
  if (typeof parsed === 'string') return unreadable(parsed);
  const { root, leftOut } = parsed;
  const problems = leftOut.map(({ what, reason }) => leftOutProblem(what, reason));
  const events: CalendarEvent[] = [];
  const zones = root.getAllSubcomponents('vtimezone');
  try {
    for (const zone of zones) ICAL.TimezoneService.register(zone);
    const vevents = root.getAllSubcomponents('vevent');
    for (const [index, vevent] of readableEvents(vevents, problems).entries()) {
      const what = textOf(vevent.master, 'summary') || `event ${index + 1}`;
      try {
        const found = occurrencesOf(vevent.master, vevent.overrides, { from, to, teamZone });
        events.push(...found.events);
        if (found.cutShort) problems.push(cutShortProblem(what, found.cutShort, from, to));
      } catch (error) {
        problems.push(leftOutProblem(what, (error as Error).message));
      }
    }
    events.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.summary.localeCompare(b.summary));
    const name = root.getFirstPropertyValue('x-wr-calname');
    return {
      events,
      eventCount: vevents.length + leftOut.length,
      calendarName: typeof name === 'string' ? name.trim() : '',
      problems,
      unreadable: false,
    };
  } catch (error) {
    return unreadable(couldNotRead(error));
  } finally {
    // ical.js keeps zones in one shared registry: one file's zones must not change how the next is read.
    for (const zone of zones) {
      const tzid = zone.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') ICAL.TimezoneService.remove(tzid);
    }
  }
}

/** Masters with the overrides (RECURRENCE-ID) of the same UID; an override without its master stands alone. */
function readableEvents(
  vevents: readonly ICAL.Component[],
  problems: string[],
): { master: ICAL.Component; overrides: ICAL.Component[] }[] {
  const masters = new Map<string, { master: ICAL.Component; overrides: ICAL.Component[] }>();
  const out: { master: ICAL.Component; overrides: ICAL.Component[] }[] = [];
  for (const vevent of vevents) {
    if (vevent.hasProperty('recurrence-id')) continue;
    const entry = { master: vevent, overrides: [] };
    out.push(entry);
    const uid = textOf(vevent, 'uid');
    if (uid) masters.set(uid, entry);
  }
  for (const vevent of vevents) {
    if (!vevent.hasProperty('recurrence-id')) continue;
    const master = masters.get(textOf(vevent, 'uid'));
    if (master) master.overrides.push(vevent);
    else out.push({ master: vevent, overrides: [] });
  }
  if (out.length === 0 && vevents.length > 0) problems.push('No event of this file could be read.');
  return out;
}

/** A source key longer than a shift can keep is no calendar's UID worth following. */
const MAX_SOURCE = 2_000;

/** An override's RECURRENCE-ID, or null when it has none or one ical.js cannot read (the event is read all the same). */
function recurrenceIdOf(component: ICAL.Component): unknown {
  try {
    return component.getFirstPropertyValue('recurrence-id');
  } catch {
    return null;
  }
}

/** The event's UID, with the time an occurrence of a series was scheduled for; null without a UID. */
function sourceOf(component: ICAL.Component, scheduled: ICAL.Time | null): string | null {
  const uid = textOf(component, 'uid');
  if (uid === '') return null;
  const recurrenceId = scheduled ?? recurrenceIdOf(component);
  const key = recurrenceId instanceof ICAL.Time ? `${uid} ${recurrenceId.toString()}` : uid;
  return key.length <= MAX_SOURCE ? key : null;
}

/**
 * Where to start expanding a plain daily or weekly series (FREQ, INTERVAL, UNTIL only: no COUNT, which counts
 * from the first occurrence, no BY… parts or RDATEs, which do not repeat every period): its last occurrence a
 * few days before the dates read, so a rota that began decades ago is not followed step by step from then. The
 * occurrences are the same ones at the same times (ical.js steps in whole days of wall-clock time either way).
 * Null to start at DTSTART.
 */
function nearStart(event: ICAL.Event, from: string): ICAL.Time | null {
  const rules = event.component.getAllProperties('rrule');
  const rule = rules.length === 1 ? rules[0]?.getFirstValue() : null;
  if (!(rule instanceof ICAL.Recur) || event.component.hasProperty('rdate')) return null;
  if (rule.count || Object.keys(rule.parts).length > 0) return null;
  const period = rule.freq === 'DAILY' ? 1 : rule.freq === 'WEEKLY' ? 7 : 0;
  const step = period * (rule.interval || 1);
  if (step === 0) return null;
  // Back from the first day read by the occurrence's length and two days of slack for time zones.
  const lengthDays = Math.ceil(Math.max(0, event.duration.toSeconds()) / 86_400);
  const target = addDays(from, -(lengthDays + 2));
  const start = event.startDate;
  const periods = Math.floor(daysFrom(dateOf(start), target) / step);
  if (periods < 1) return null;
  const near = start.clone();
  near.adjust(periods * step, 0, 0, 0);
  return near;
}

/**
 * ical.js reads a time in a zone the file does not define (a TZID with no VTIMEZONE: many exports give the IANA name
 * alone) as a wall clock of no zone, and compares it with a UTC time as if both were UTC. A removed (EXDATE) or
 * moved (RECURRENCE-ID) occurrence written in UTC, or in another zone, then matches no occurrence of a series in
 * such a zone: the removed one stays, and the moved one stays on its old day while its new day is dropped. Each
 * such value is written here as the series' DTSTART writes its times (a wall clock in its zone, or UTC), so ical.js
 * matches them. A value without a zone is a wall clock as the series' own, and is left as it is.
 */
function alignExceptions(master: ICAL.Component, overrides: readonly ICAL.Component[], teamZone: string): void {
  const start = master.getFirstPropertyValue('dtstart');
  if (!(start instanceof ICAL.Time) || start.isDate) return;
  const startInUtc = start.zone === ICAL.Timezone.utcTimezone;
  // A zone the file defines: ical.js converts between it, UTC and the file's other zones itself.
  if (!startInUtc && start.zone !== ICAL.Timezone.localTimezone) return;
  const startTzid = tzidOf(master, 'dtstart');
  const startZone = startInUtc ? 'UTC' : ((startTzid ? ianaZoneOf(startTzid) : null) ?? teamZone);
  const align = (property: ICAL.Property) => {
    const tzid = property.getParameter('tzid');
    const valueTzid = typeof tzid === 'string' && tzid !== '' ? tzid : undefined;
    let changed = false;
    const values = property.getValues().map((value: unknown) => {
      if (!(value instanceof ICAL.Time) || value.isDate) return value;
      const inUtc = value.zone === ICAL.Timezone.utcTimezone;
      if (inUtc ? startInUtc : valueTzid === undefined || valueTzid === startTzid) return value;
      changed = true;
      const wall = wallClockAt(instantOf(value, valueTzid, teamZone), startZone);
      return ICAL.Time.fromData({ ...wall, isDate: false }, startInUtc ? ICAL.Timezone.utcTimezone : undefined);
    });
    // RECURRENCE-ID holds one value, and ical.js refuses setValues on it.
    if (changed && values.length === 1) property.setValue(values[0] as ICAL.Time);
    else if (changed) property.setValues(values);
  };
  master.getAllProperties('exdate').forEach(align);
  for (const override of overrides) {
    const recurrenceId = override.getFirstProperty('recurrence-id');
    if (recurrenceId) align(recurrenceId);
  }
}

function occurrencesOf(
  master: ICAL.Component,
  overrides: readonly ICAL.Component[],
  range: { from: string; to: string; teamZone: string },
): { events: CalendarEvent[]; cutShort: 'steps' | 'occurrences' | null } {
  alignExceptions(master, overrides, range.teamZone);
  // Named, not left to ical.js: by default it relates every override in the file to every series, whatever its UID.
  const event = new ICAL.Event(master, { exceptions: [...overrides], strictExceptions: true });
  // Without a start there are no days to read; said, not dropped (the file's event count still counts it).
  if (!event.startDate) throw new Error('it has no start (DTSTART)');
  const out: CalendarEvent[] = [];
  const push = (item: ICAL.Event, start: ICAL.Time, end: ICAL.Time | null, scheduled: ICAL.Time | null) => {
    if (isCancelled(item.component)) return;
    const summary = (item.summary ?? '').trim() || '(no title)';
    const edge = (t: ICAL.Time, tzid: string | undefined) =>
      t.isDate
        ? ({ allDay: true, date: dateOf(t) } as const)
        : ({ allDay: false, ms: instantOf(t, tzid, range.teamZone) } as const);
    const startTzid = tzidOf(item.component, 'dtstart');
    const endTzid = item.component.hasProperty('dtend') ? tzidOf(item.component, 'dtend') : startTzid;
    const [from, to] = [edge(start, startTzid), end ? edge(end, endTzid) : null];
    const days = daysOfOccurrence(from, to, range.teamZone);
    const timed = timesOfOccurrence(from, to, range.teamZone);
    if (days.endDate < range.from || days.startDate > range.to) return;
    const organizer = peopleOf(item.component, 'organizer');
    out.push({
      summary,
      people: peopleOf(item.component, 'attendee'),
      ...(organizer.length > 0 ? { organizer } : {}),
      ...days,
      ...(timed ? { timed } : {}),
      busy: busyOf(item.component),
      categories: categoriesOf(item.component),
      source: sourceOf(item.component, scheduled),
    });
  };
  if (!event.isRecurring()) {
    push(event, event.startDate, event.endDate, null);
    return { events: out, cutShort: null };
  }
  const occurrences = event.iterator(nearStart(event, range.from) ?? undefined);
  for (let step = 0; step < MAX_STEPS; step += 1) {
    if (out.length >= MAX_OCCURRENCES) return { events: out, cutShort: 'occurrences' };
    const next = occurrences.next();
    // A day of slack: an occurrence starting late on `to` in UTC can be the next day in the team's zone.
    if (!next || dateOf(next) > addDays(range.to, 1)) return { events: out, cutShort: null };
    const details = event.getOccurrenceDetails(next);
    push(details.item, details.startDate, details.endDate, next);
  }
  return { events: out, cutShort: 'steps' };
}
