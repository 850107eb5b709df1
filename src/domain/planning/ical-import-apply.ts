import { cutText } from '../shared/cut-text';
import { LIMITS } from '../shared/text';
import { decimalPlural, decimalText } from '../shared/words';
import type { Member } from '../team/schema';
import { datesBetween, daysSpanned, rangesOverlap, workingDatesBetween } from './calendar';
import {
  coveredAlready,
  shiftChange,
  shiftProblem,
  shiftsImportedBefore,
  type ImportKind,
  type ImportTarget,
  type ProposedEntry,
} from './ical-import';
import type { Holiday, OnCallShift, TimeOff } from './schema';

/**
 * What one event of an import does, decided once for the import service and for the preview of the import
 * dialog: which rows add, which change the shift an earlier import made of the same event, which add nothing.
 */

export interface EntryOutcome {
  action: 'add' | 'update' | 'skip';
  /**
   * Why the event adds nothing, when action is 'skip'; what changed since the last import, when 'update'.
   */
  reason: string | null;
  /**
   * The kind of reason, as the preview shows it: a problem that keeps the event out (with its fix), a change to
   * a shift from before, the event already covered, or no member named yet (the preview asks for one instead).
   */
  note: 'problem' | 'changed' | 'covered' | 'noMember' | null;
}

/** The team an import judges against: its members and its working days. */
export interface ImportTeam {
  members: readonly Member[];
  settings: { workingDays: readonly number[] };
}

export const NO_MEMBER = 'Names no team member (pick one, or import with --member)';

const added: EntryOutcome = { action: 'add', reason: null, note: null };
const skipped = (reason: string, note: 'problem' | 'covered' | 'noMember'): EntryOutcome => ({
  action: 'skip',
  reason,
  note,
});
const changed = (reason: string | null): EntryOutcome => ({ action: 'update', reason, note: 'changed' });

/**
 * The `source` of a shift imported from an event without a UID: there is nothing to follow it by, but it says the
 * shift came from a calendar, not from a hand (see handedOn).
 */
export const NO_UID_SOURCE = 'ical event without a UID';

/** A shift no import has named an event for: entered by hand, imported before Cadence kept sources, or without a UID. */
const unnamed = (s: OnCallShift) => s.source === undefined || s.source === NO_UID_SOURCE;

/** The same person on the same days. */
export const sameShift = (a: OnCallShift, b: OnCallShift) =>
  a.memberId === b.memberId && a.startDate === b.startDate && a.endDate === b.endDate;

/**
 * One event against the calendar as it stands after the events before it, applied to `cal` (new entries get ids
 * from `newId`). `replaceable` holds the ids of the shifts that were there before this import and that no
 * earlier event of it has replaced.
 */
export function applyImportEntry(
  team: ImportTeam,
  cal: ImportTarget,
  entry: ProposedEntry,
  kind: ImportKind,
  replaceable: Set<string>,
  newId: () => string,
): EntryOutcome {
  if (kind === 'onCall') return applyShift(team, cal, entry, replaceable, newId);
  const covered = coveredAlready(entry, kind, cal, team.settings.workingDays);
  if (covered) return skipped(covered, 'covered');
  if (kind === 'holidays') {
    const known = new Set(cal.holidays.map((h) => h.date));
    const fresh = datesBetween(entry.startDate, entry.endDate).filter((d) => !known.has(d));
    cal.holidays.push(
      ...fresh.map((date): Holiday => ({ id: newId(), date, name: cutText(entry.summary, LIMITS.name) })),
    );
    return added;
  }
  const memberId = entry.memberId;
  if (!memberId) return skipped(NO_MEMBER, 'noMember');
  const short = shortOfADay(
    entry,
    team.members.find((m) => m.id === memberId),
  );
  if (short) return skipped(short, 'covered');
  const off = new Set(cal.timeOff.filter((t) => t.memberId === memberId).map((t) => t.date));
  const days = workingDatesBetween(entry.startDate, entry.endDate, team.settings.workingDays);
  cal.timeOff.push(...days.filter((d) => !off.has(d)).map((date): TimeOff => ({ id: newId(), memberId, date })));
  return added;
}

/**
 * Why a timed leave event is not a day off: capacity counts whole days, and a visit shorter than half of the
 * member's day (2 hours at the dentist, of 6) would cut it by a whole day. Null when it counts as a day off.
 */
function shortOfADay(entry: Pick<ProposedEntry, 'timed'>, member: Member | undefined): string | null {
  if (!entry.timed || !member || entry.timed.hours >= member.hoursPerDay / 2) return null;
  return `Only ${decimalPlural(entry.timed.hours, 'hour')}, under half of ${member.name}’s ${decimalText(member.hoursPerDay)}-hour day: not a day off`;
}

/**
 * What one event would do to the calendar as it stands, on its own (the preview's row): the calendar is left as
 * it is.
 */
export function judgeImportEntry(
  team: ImportTeam,
  cal: ImportTarget,
  entry: ProposedEntry,
  kind: ImportKind,
): EntryOutcome {
  const copy = structuredClone({ timeOff: cal.timeOff, onCall: cal.onCall, holidays: cal.holidays });
  return applyImportEntry(team, copy, entry, kind, new Set(copy.onCall.map((s) => s.id)), () => 'preview');
}

/**
 * An on-call event against the shifts as they stand. The shift an earlier import made of the same event (its
 * UID) follows the event, whoever it names now: a rota handed to someone else moves, it is not doubled.
 */
function applyShift(
  team: ImportTeam,
  cal: ImportTarget,
  entry: ProposedEntry,
  replaceable: Set<string>,
  newId: () => string,
): EntryOutcome {
  const memberId = entry.memberId;
  if (!memberId) return skipped(NO_MEMBER, 'noMember');
  const problem = shiftProblem(memberId, team.members);
  if (problem) return skipped(problem, 'problem');
  const source = entry.source ?? NO_UID_SOURCE;
  const shift: OnCallShift = { id: newId(), memberId, startDate: entry.startDate, endDate: entry.endDate, source };
  const replace = (id: string, reason: string | null) => {
    replaceable.delete(id);
    cal.onCall = cal.onCall.map((s) => (s.id === id ? { ...shift, id } : s));
    return changed(reason);
  };
  // Every shift an earlier import made of this event follows it: two, when two synced computers imported it.
  const earlier = shiftsImportedBefore(
    entry,
    cal.onCall.filter((s) => replaceable.has(s.id)),
  );
  if (earlier.length > 0) {
    let result = skipped('Already in the calendar', 'covered');
    for (const before of earlier) {
      const change = shiftChange(before, { ...entry, memberId }, team.members);
      if (change) result = replace(before.id, change);
      else replaceable.delete(before.id);
    }
    return result;
  }
  const covered = coveredAlready(entry, 'onCall', cal, team.settings.workingDays);
  if (covered) {
    // The same shift, entered by hand, imported before Cadence kept sources or from an event without a UID, takes
    // the event's source (its UID, else NO_UID_SOURCE), so the next import finds it by that (kept when this import
    // writes something else; a shift's days and person stay). That shift is this event's, so a later event of the
    // file (without a UID) does not take it for its own.
    const same = cal.onCall.find((s) => unnamed(s) && sameShift(s, shift));
    if (same && (entry.source !== null || same.source === undefined)) same.source = source;
    if (same) replaceable.delete(same.id);
    return skipped(covered, 'covered');
  }
  // A shift of the same member from before that overlaps, and that no import has named an event for (entered
  // by hand, or imported before Cadence kept sources), is the same shift, moved since: of several, the one sharing
  // the most days with the event. One this import added is not: back-to-back shifts of one person share their
  // hand-over day.
  const shared = (s: OnCallShift) =>
    daysSpanned(
      s.startDate > entry.startDate ? s.startDate : entry.startDate,
      s.endDate < entry.endDate ? s.endDate : entry.endDate,
    );
  const clash = cal.onCall
    .filter(
      (s) =>
        replaceable.has(s.id) &&
        unnamed(s) &&
        s.memberId === memberId &&
        rangesOverlap(s.startDate, s.endDate, entry.startDate, entry.endDate),
    )
    .reduce<OnCallShift | undefined>((best, s) => (best && shared(best) >= shared(s) ? best : s), undefined);
  if (clash) return replace(clash.id, shiftChange(clash, { ...entry, memberId }, team.members));
  const handed = handedOn(entry, cal.onCall, replaceable);
  if (handed) return replace(handed.id, shiftChange(handed, { ...entry, memberId }, team.members));
  cal.onCall.push(shift);
  return added;
}

/**
 * An event without a UID that names someone else on the very days of a shift imported from such an event (and
 * not taken by an earlier event of this import) is that event, handed on: the rota's week went to another
 * person. A shift entered by hand stays, whoever is on call beside it (a second person on call).
 */
function handedOn(
  entry: Pick<ProposedEntry, 'source' | 'startDate' | 'endDate'>,
  shifts: readonly OnCallShift[],
  replaceable: ReadonlySet<string>,
): OnCallShift | undefined {
  if (entry.source !== null) return undefined;
  return shifts.find(
    (s) =>
      replaceable.has(s.id) &&
      s.source === NO_UID_SOURCE &&
      s.startDate === entry.startDate &&
      s.endDate === entry.endDate,
  );
}
