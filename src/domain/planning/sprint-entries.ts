import { plural } from '../shared/words';
import { memberNames } from '../team/member-name';
import { rangesOverlap } from './calendar';
import type { OnCallShift, Sprint, TimeOff } from './schema';

type SprintDates = Pick<Sprint, 'startDate' | 'endDate'>;

/**
 * Whether a day off or an on-call shift is the sprint's: it falls on one of the sprint's days (a shift, on
 * some of them). They are booked inside the sprint, but keep their dates when a planned sprint's dates move
 * (someone's leave does not move with the sprint), so one can end up outside it. The one rule capacity, the
 * Calendar tab and the .ics export read: capacity does not count such an entry, the tab marks it, the export
 * leaves it out.
 */
export function entryInSprint(
  sprint: SprintDates,
  entry: Pick<TimeOff, 'date'> | Pick<OnCallShift, 'startDate' | 'endDate'>,
): boolean {
  return 'date' in entry
    ? entry.date >= sprint.startDate && entry.date <= sprint.endDate
    : rangesOverlap(entry.startDate, entry.endDate, sprint.startDate, sprint.endDate);
}

/**
 * The first day of a sprint still ahead, from which its change windows can take a change and its on-call shifts
 * need someone: in an active sprint `today` (the team's date, in its time zone); before the sprint starts its
 * first day, as nothing of it is used yet (it is planned for its dates as a whole, even when they are late).
 */
export function aheadFrom(sprint: Pick<Sprint, 'state' | 'startDate'>, today: string): string {
  return sprint.state === 'active' && today > sprint.startDate ? today : sprint.startDate;
}

/** The sprint's time off and shifts that its dates leave outside (entryInSprint). */
export function entriesOutside(sprint: SprintDates & Pick<Sprint, 'timeOff' | 'onCall'>): {
  timeOff: TimeOff[];
  onCall: OnCallShift[];
} {
  return {
    timeOff: sprint.timeOff.filter((t) => !entryInSprint(sprint, t)),
    onCall: sprint.onCall.filter((s) => !entryInSprint(sprint, s)),
  };
}

/**
 * What to tell the facilitator when a sprint's new dates leave time off or shifts outside it (how many and
 * whose), or null when they leave none.
 */
export function leftOutsideText(
  sprint: Pick<Sprint, 'name' | 'startDate' | 'endDate' | 'timeOff' | 'onCall'>,
  members: readonly { id: string; name: string }[],
): string | null {
  const { timeOff, onCall } = entriesOutside(sprint);
  if (timeOff.length === 0 && onCall.length === 0) return null;
  const nameOf = memberNames(members);
  const whose = (list: readonly { memberId: string }[]) => [...new Set(list.map((e) => nameOf(e.memberId)))].join(', ');
  const parts = [
    ...(timeOff.length > 0 ? [`${plural(timeOff.length, 'day off', 'days off')} (${whose(timeOff)})`] : []),
    ...(onCall.length > 0 ? [`${plural(onCall.length, 'on-call shift')} (${whose(onCall)})`] : []),
  ];
  return `The new dates leave ${parts.join(' and ')} outside ${sprint.name}. They keep their dates and are not counted; the Calendar tab lists them, to remove if they no longer apply.`;
}
