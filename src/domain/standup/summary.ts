import { FORMER_MEMBER } from '../team/member-name';
import type { Member } from '../team/schema';
import { formatDuration, overtimeMs, overtimeText, spokeText, standupWhen } from './format';
import type { Blocker, ParkingTopic, StandupNote, StandupSession, StandupSummary, TimerState } from './schema';
import { overallElapsedMs, turnAllowedMs, turnElapsedMs } from './timer';
import { inlineMarkdown, markdownLine, strongText, tableCell } from '../shared/markdown-text';
import { formatDay } from '../shared/dates';
import { dateInZone, timeInZone } from '../shared/zoned-time';
import { UNASSIGNED } from '../shared/words';
import { compareInstants } from '../planning/calendar';

export interface SummaryInput {
  standupId: string;
  timer: TimerState;
  notes: readonly StandupNote[];
  blockers: readonly Blocker[];
  parkingLot: readonly ParkingTopic[];
  members: readonly Member[];
  sprintName: string | null;
  /** The team's zone: a standup is dated by the team's day (09:30 in Sydney is the day before in UTC). */
  timeZone: string;
  now: number;
  /** When the team's standup before this one ended (`previousEndedAt`); null for its first. */
  previousEndedAt?: string | null;
}

/** When the team's last standup before `session` (one started earlier) ended, or null when there was none. */
export function previousEndedAt(
  standups: readonly Pick<StandupSession, 'id' | 'timer'>[],
  session: Pick<StandupSession, 'id' | 'timer'>,
): string | null {
  const ends = standups
    .filter(
      (s) =>
        s.id !== session.id &&
        compareInstants(s.timer.startedAt, session.timer.startedAt) < 0 &&
        s.timer.endedAt !== null,
    )
    .map((s) => s.timer.endedAt as string);
  return ends.length === 0 ? null : ends.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/**
 * A person's name during a standup, by member id: someone removed mid-standup keeps the name of their turn;
 * anyone else who left is a former member. The running screen and the summary name people alike.
 */
export function standupNames(members: readonly Member[], timer: TimerState): (id: string) => string {
  return (id) =>
    members.find((m) => m.id === id)?.name ?? timer.turns.find((t) => t.memberId === id)?.name ?? FORMER_MEMBER;
}

/** True when the blocker or topic had been raised by `at`. */
const raisedBy = (entry: { raisedAt: string }, at: number): boolean => Date.parse(entry.raisedAt) <= at;

/** True when the blocker had been raised by `at` and not yet resolved. */
function openAt(blocker: Blocker, at: number): boolean {
  return raisedBy(blocker, at) && (blocker.resolvedAt === null || Date.parse(blocker.resolvedAt) > at);
}

/**
 * True for a blocker or topic raised outside any standup for this one: on its day (the team's), after the standup
 * before it ended, and still open (`settledAt`: resolved, discussed) when it started. Raised from a phone or the
 * Standup tab minutes before the start, it is news of this standup; one of the day before, or one the morning's
 * standup already heard, is not.
 */
function raisedAhead(
  entry: { standupId: string | null; raisedAt: string },
  settledAt: string | null,
  input: SummaryInput,
): boolean {
  if (entry.standupId !== null) return false;
  const started = Date.parse(input.timer.startedAt);
  const raised = Date.parse(entry.raisedAt);
  if (dateInZone(entry.raisedAt, input.timeZone) !== dateInZone(input.timer.startedAt, input.timeZone)) return false;
  if (input.previousEndedAt && raised <= Date.parse(input.previousEndedAt)) return false;
  return raised <= started && (settledAt === null || Date.parse(settledAt) > started);
}

/** What the standup produced, frozen when it ends. */
export function buildSummary(input: SummaryInput): StandupSummary {
  const { timer, now } = input;
  const personName = standupNames(input.members, timer);
  const nameOf = (id: string | null) => (id ? personName(id) : UNASSIGNED);
  const durationMs = overallElapsedMs(timer, now);
  return {
    date: dateInZone(timer.startedAt, input.timeZone),
    time: timeInZone(timer.startedAt, input.timeZone),
    sprintName: input.sprintName,
    durationMs,
    totalMs: timer.totalMs,
    overtimeMs: overtimeMs(durationMs, timer.totalMs),
    speakers: timer.turns.map((turn) => {
      const spokeMs = turnElapsedMs(turn, now);
      const allowedMs = turnAllowedMs(timer, turn);
      return {
        memberId: turn.memberId,
        name: personName(turn.memberId),
        status: turn.status,
        spokeMs,
        allowedMs,
        overtimeMs: overtimeMs(spokeMs, allowedMs),
      };
    }),
    notes: input.notes.map((n) => ({ name: n.memberId ? nameOf(n.memberId) : 'Team', text: n.text })),
    // Raised at it by the time it ended (one ended as it was left leaves out those raised from its screen the next
    // day), or raised for it shortly before it started.
    blockersRaised: input.blockers
      .filter((b) => (b.standupId === input.standupId && raisedBy(b, now)) || raisedAhead(b, b.resolvedAt, input))
      .map((b) => ({ id: b.id, text: b.text, owner: nameOf(b.ownerId) })),
    // Open when it ended: one ended as it was left (the day before) does not count the blockers raised or resolved
    // since.
    openBlockers: input.blockers.filter((b) => openAt(b, now)).length,
    // Parked at it, or for it shortly before it started, as the blockers.
    parkingLot: input.parkingLot
      .filter((p) => (p.standupId === input.standupId && raisedBy(p, now)) || raisedAhead(p, p.closedAt, input))
      .map((p) => ({ id: p.id, text: p.text, stay: p.stayIds.map((id) => nameOf(id)) })),
  };
}

const STATUS_WORDS: Record<string, string> = {
  done: 'spoke',
  speaking: 'spoke',
  skipped: 'absent (skipped)',
  waiting: 'did not get a turn',
};

/** One line of Markdown text: no line breaks, and characters that would start a list or table escaped. */
const md = inlineMarkdown;

/**
 * The summary as Markdown, for pasting into a wiki or chat. Titled by its day and, given when the standup started
 * and the team's zone, the time on the team's clock (two standups on one day read apart).
 */
export function summaryMarkdown(summary: StandupSummary, started?: { at: string; timeZone: string }): string {
  const lines: string[] = [];
  const style = { withYear: true } as const;
  const day = started ? standupWhen(summary, started.at, started.timeZone, style) : formatDay(summary.date, style);
  const title = summary.sprintName ? `Standup ${day} — ${md(summary.sprintName)}` : `Standup ${day}`;
  lines.push(`# ${title}`, '');
  const overBy = overtimeText(summary.overtimeMs);
  const over = overBy ? `, ${overBy} over` : ', within the timebox';
  lines.push(`Took ${formatDuration(summary.durationMs)} of ${formatDuration(summary.totalMs)}${over}.`, '');
  lines.push('## Speakers', '', '| Person | Status | Time | Overtime |', '| --- | --- | --- | --- |');
  for (const s of summary.speakers) {
    const overtime = overtimeText(s.overtimeMs) ?? '—';
    lines.push(`| ${tableCell(s.name)} | ${STATUS_WORDS[s.status] ?? s.status} | ${spokeText(s)} | ${overtime} |`);
  }
  if (summary.notes.length > 0) {
    lines.push('', '## Updates', '');
    for (const n of summary.notes)
      lines.push(markdownLine((asText) => `- ${strongText(n.name, asText)}: ${asText(n.text)}`));
  }
  lines.push('', '## Blockers raised', '');
  if (summary.blockersRaised.length === 0) lines.push('None.');
  for (const b of summary.blockersRaised)
    lines.push(markdownLine((asText) => `- ${asText(b.text)} (owner: ${asText(b.owner)})`));
  lines.push('', `Open blockers after standup: ${summary.openBlockers}.`);
  lines.push('', '## Parking lot', '');
  if (summary.parkingLot.length === 0) lines.push('None.');
  for (const p of summary.parkingLot) {
    lines.push(
      markdownLine((asText) => {
        const stay = p.stay.length > 0 ? ` — stay: ${p.stay.map((name) => asText(name)).join(', ')}` : '';
        return `- ${asText(p.text)}${stay}`;
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
