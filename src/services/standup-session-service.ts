import { activeSprintOf, hasUnownedWork } from '../domain/board/cards';
import { DomainError, invalid } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import { isLeftRunningAt, LEFT_RUNNING_ENDS_ONLY, leftEndMs } from '../domain/standup/left-running';
import { orderSpeakers } from '../domain/standup/order';
import type { StandupNote, StandupSession } from '../domain/standup/schema';
import { takenAction } from '../domain/standup/spoke';
import { buildSummary, previousEndedAt } from '../domain/standup/summary';
import { applyTimerAction, createTimer, currentTurn, type TimerAction, withTeamNow } from '../domain/standup/timer';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';

function runningStandup(team: TeamDoc, standupId: string, ended = 'This standup has already ended.'): StandupSession {
  const session = findIn(team.standups, standupId, 'The standup');
  if (session.state !== 'running') throw new DomainError('conflict', ended);
  return session;
}

/** Starts a standup: speakers in the team's chosen order, those marked absent skipped from the start. */
export async function startStandup(
  ctx: ServiceContext,
  input: { teamId: string; absentIds: string[] },
  random: () => number = Math.random,
): Promise<StandupSession> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  if (team.standups.some((s) => s.state === 'running')) {
    throw new DomainError('conflict', 'A standup is already running for this team. Resume it, or end it first.');
  }
  const unknown = input.absentIds.find((id) => !team.members.some((m) => m.id === id));
  if (unknown)
    throw invalid(
      'absentIds',
      'Someone marked absent is no longer on the team. Check who is here today, then start again.',
    );
  const absent = new Set(input.absentIds);
  const settings = team.settings;
  const speakers = orderSpeakers(team.members, settings.standupOrder, random).map((m) => ({
    memberId: m.id,
    name: m.name,
    absent: absent.has(m.id),
  }));
  const now = ctx.now().getTime();
  const session: StandupSession = {
    id: newId(),
    sprintId: activeSprintOf(team.sprints)?.id ?? null,
    state: 'running',
    timer: createTimer({
      speakers,
      speakerMs: settings.standupSpeakerSeconds * 1000,
      totalMs: settings.standupTotalMinutes * 60_000,
      now,
    }),
    notes: [],
    summary: null,
  };
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    findTeam(draft.teams, input.teamId).standups.push(session);
  });
  return findIn(teamOf(ws, input.teamId).standups, session.id, 'The standup');
}

/** True for a standup still running on a later day (the team's) than it started: someone left it running. */
function isLeftRunning(team: TeamDoc, session: StandupSession, now: Date): boolean {
  return isLeftRunningAt(session, now.getTime(), team.settings.timeZone);
}

/**
 * A standup left running only ends, as it was left: paused, moved on, given time or noted the next morning (Space or
 * N by reflex), its speaker's turn would take in the night, in the summary too.
 */
function refuseLeftRunning(): never {
  throw new DomainError('conflict', LEFT_RUNNING_ENDS_ONLY);
}

/** Next, skip, pause, resume, add time or end; ending freezes the summary. */
export async function controlStandup(
  ctx: ServiceContext,
  input: { teamId: string; standupId: string; action: TimerAction },
): Promise<StandupSession> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const session = runningStandup(team, input.standupId);
  // A standup left running past its day ends "as it was left": when it was left, not hours later. Only one that is:
  // a stale screen's "as it was left" for a standup of today would cut its speaker's turn short.
  const asLeft = input.action.kind === 'end' && input.action.asLeft === true;
  const clock = ctx.now();
  const left = isLeftRunning(team, session, clock);
  if (asLeft && !left) {
    throw new DomainError(
      'conflict',
      'This standup started today, so it was not left running from an earlier day. End standup ends it now.',
    );
  }
  // A standup left running only ends: the rest counts time to the speaker on the floor (or pauses it), or, for a
  // late arrival, would put someone who came the next morning in that day's queue.
  if (left && input.action.kind !== 'end') refuseLeftRunning();
  // Any end of a standup left running ends it as it was left, also one that does not say so (a screen of an older
  // Cadence, a script): ended now, its speaker's turn would take in the night.
  const endsAsLeft = asLeft || (left && input.action.kind === 'end');
  const now = endsAsLeft ? leftEndMs(session, clock.getTime()) : clock.getTime();
  // A late arrival is someone still on the team: one removed since keeps their turn as it was.
  const action = input.action;
  if (action.kind === 'arrived' && !team.members.some((m) => m.id === action.memberId)) {
    const turn = session.timer.turns.find((t) => t.memberId === action.memberId);
    if (turn)
      throw invalid(
        'action.memberId',
        `${turn.name} is no longer on the team, so they cannot be put back in the queue.`,
      );
  }
  // Someone added to the team since the start takes their turn at the end of the queue; someone who left while
  // waiting is not called; a turn reads its member's name now.
  const asNow = withTeamNow(session.timer, team.members);
  // Skip (absent) for someone who has spoken moves on without marking them absent.
  // The sprint's open cards nobody on the team owns (no owner, or one who has left) are walked last, after everyone
  // has spoken (the walk's "No owner" stop).
  const sprint = activeSprintOf(team.sprints);
  const unownedStop = sprint !== null && hasUnownedWork(team.items, sprint.id, team.members);
  const timer = applyTimerAction(asNow, takenAction({ timer: asNow, notes: session.notes }, input.action), now, {
    unownedStop,
  });
  const ended = timer.endedAt !== null;
  const summary = ended
    ? buildSummary({
        standupId: session.id,
        timer,
        notes: session.notes,
        blockers: team.blockers,
        parkingLot: team.parkingLot,
        members: team.members,
        sprintName: team.sprints.find((s) => s.id === session.sprintId)?.name ?? null,
        timeZone: team.settings.timeZone,
        now,
        previousEndedAt: previousEndedAt(team.standups, session),
      })
    : null;
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const target = findIn(findTeam(draft.teams, input.teamId).standups, input.standupId, 'The standup');
    target.timer = timer;
    if (ended) {
      target.state = 'ended';
      target.summary = summary;
    }
  });
  return findIn(teamOf(ws, input.teamId).standups, input.standupId, 'The standup');
}

/** An update noted for the person speaking (or for the team when memberId is null). */
export async function addStandupNote(
  ctx: ServiceContext,
  input: { teamId: string; standupId: string; text: string; memberId?: string | null | undefined },
): Promise<StandupSession> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const session = runningStandup(team, input.standupId);
  if (isLeftRunning(team, session, ctx.now())) refuseLeftRunning();
  // The note of a turn is the speaker's, even one removed from the team during it; a person named is checked: on
  // the team, or with a turn in this standup (the speaker a form named, removed from the team since).
  const memberId = input.memberId === undefined ? (currentTurn(session.timer)?.memberId ?? null) : input.memberId;
  const named = (id: string) =>
    team.members.some((m) => m.id === id) || session.timer.turns.some((t) => t.memberId === id);
  if (input.memberId && !named(input.memberId)) {
    throw invalid('memberId', 'That person is no longer on the team, so the update cannot be noted as theirs.');
  }
  const note: StandupNote = { id: newId(), memberId, text: input.text, at: ctx.now().toISOString() };
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    findIn(findTeam(draft.teams, input.teamId).standups, input.standupId, 'The standup').notes.push(note);
  });
  return findIn(teamOf(ws, input.teamId).standups, input.standupId, 'The standup');
}

const FROZEN_NOTES = 'This standup has ended: its summary is kept as it was, so its notes can no longer be changed.';

/**
 * Changes one note of a running standup (its text, or takes it out) and answers the standup; an ended standup's
 * notes stay as its summary froze them.
 */
async function changeStandupNote(
  ctx: ServiceContext,
  input: { teamId: string; standupId: string; noteId: string },
  change: (standup: StandupSession, note: StandupNote) => void,
): Promise<StandupSession> {
  const session = runningStandup(teamOf(ctx.store.snapshot(), input.teamId), input.standupId, FROZEN_NOTES);
  findIn(session.notes, input.noteId, 'The note');
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const standup = findIn(findTeam(draft.teams, input.teamId).standups, input.standupId, 'The standup');
    change(standup, findIn(standup.notes, input.noteId, 'The note'));
  });
  return findIn(teamOf(ws, input.teamId).standups, input.standupId, 'The standup');
}

/** Corrects the text of a note (a typo); who it is for and when it was noted stay. */
export function editStandupNote(
  ctx: ServiceContext,
  input: { teamId: string; standupId: string; noteId: string; text: string },
): Promise<StandupSession> {
  return changeStandupNote(ctx, input, (_standup, note) => {
    note.text = input.text;
  });
}

/** Takes out a note noted by mistake (the wrong person), so the summary and its Markdown leave it out. */
export function deleteStandupNote(
  ctx: ServiceContext,
  input: { teamId: string; standupId: string; noteId: string },
): Promise<StandupSession> {
  return changeStandupNote(ctx, input, (standup) => {
    standup.notes = standup.notes.filter((n) => n.id !== input.noteId);
  });
}
