import { original } from 'immer';
import { retrosWithout } from '../domain/retro/carry-over';
import { isAfterVote, isPhaseOf } from '../domain/retro/phases';
import { nothingScored, REPLACES_ANSWERS, replacingPhoneAnswers, SCORE_ONE_FIRST } from '../domain/retro/health';
import { RetroSchema, type HealthCheck, type IncidentFields, type Retro, type RetroKind } from '../domain/retro/schema';
import { BUILT_IN_TEMPLATES } from '../domain/retro/templates';
import { newTimer, pausedForImport, pauseTimer, startTimer } from '../domain/retro/timer';
import { parseRetroExport } from '../domain/retro/export/json';
import { DomainError, invalid } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import { ownEntry } from '../domain/shared/plain-object';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';
import { changeRetro } from './retro-common';
import { nameKey } from '../domain/shared/name-key';
import { quote } from '../domain/shared/words';

/** The columns of a built-in or saved template. */
function templateFor(team: TeamDoc, templateId: string) {
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === templateId);
  if (builtIn) return builtIn;
  const saved = team.retroTemplates.find((t) => t.id === templateId);
  if (!saved) throw invalid('templateId', 'That template no longer exists; pick another one.');
  return { ...saved, kind: 'retro' as const };
}

export async function createRetro(
  ctx: ServiceContext,
  input: {
    teamId: string;
    kind: RetroKind;
    title: string;
    sprintId: string | null;
    templateId: string;
    incident?: IncidentFields | null | undefined;
  },
): Promise<Retro> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  if (input.sprintId) findIn(team.sprints, input.sprintId, 'The sprint');
  const template = templateFor(team, input.templateId);
  if (input.kind === 'postmortem' && !input.incident) {
    throw invalid('incident', 'A postmortem needs the incident: severity and start time at least.');
  }
  const at = ctx.now().toISOString();
  const retro = RetroSchema.parse({
    id: newId(),
    kind: input.kind,
    title: input.title,
    sprintId: input.sprintId,
    templateName: template.name,
    columns: template.columns,
    phase: input.kind === 'postmortem' ? 'incident' : 'checkin',
    participants: team.members.length,
    incident: input.kind === 'postmortem' ? input.incident : null,
    createdAt: at,
    updatedAt: at,
  });
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    findTeam(draft.teams, input.teamId).retros.push(retro);
  });
  return findIn(teamOf(ws, input.teamId).retros, retro.id, 'The retro');
}

export async function deleteRetro(
  ctx: ServiceContext,
  input: { teamId: string; retroId: string },
): Promise<{ retroId: string }> {
  findIn(teamOf(ctx.store.snapshot(), input.teamId).retros, input.retroId, 'The retro');
  const at = ctx.now().toISOString();
  await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const team = findTeam(draft.teams, input.teamId);
    // Its decisions on earlier retros' actions go with it: those actions read the decisions that are left. The
    // rule gets the stored retros, not drafts (nothing is changed before this point).
    team.retros = retrosWithout((original(team) as TeamDoc).retros, input.retroId, at);
    team.healthChecks = team.healthChecks.filter((h) => h.retroId !== input.retroId);
  });
  return { retroId: input.retroId };
}

export function updateRetroDetails(
  ctx: ServiceContext,
  input: {
    teamId: string;
    retroId: string;
    title?: string | undefined;
    participants?: number | undefined;
    checkIn?: { mode: Retro['checkIn']['mode']; question: string } | undefined;
  },
): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => ({
    ...r,
    title: input.title ?? r.title,
    participants: input.participants ?? r.participants,
    checkIn: input.checkIn ?? r.checkIn,
  }));
}

export function setRetroPhase(
  ctx: ServiceContext,
  input: { teamId: string; retroId: string; phase: string },
): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => {
    if (!isPhaseOf(r.kind, input.phase))
      throw invalid('phase', `${quote(input.phase)} is not a phase of this ${r.kind}.`);
    // Moving on from the vote ends it, so discussion always follows the final tally.
    const votingClosed = r.votingClosed || isAfterVote(r.kind, input.phase);
    return { ...r, phase: input.phase, votingClosed };
  });
}

/**
 * A timer the retro can have: its phase's, or a topic's ("topic:" and a card's or group's id). The key
 * names a property of the stored record, so nothing else may, least of all a member every object has.
 */
function isTimerOf(r: Retro, key: string): boolean {
  if (isPhaseOf(r.kind, key)) return true;
  const topic = key.startsWith('topic:') ? key.slice('topic:'.length) : null;
  return topic !== null && (r.cards.some((c) => c.id === topic) || r.groups.some((g) => g.id === topic));
}

export function setRetroTimer(
  ctx: ServiceContext,
  input: {
    teamId: string;
    retroId: string;
    key: string;
    action: 'start' | 'pause' | 'reset';
    durationMs?: number | undefined;
  },
): Promise<Retro> {
  const now = ctx.now();
  return changeRetro(ctx, input.teamId, input.retroId, (r) => {
    if (!isTimerOf(r, input.key)) {
      throw invalid('key', `${quote(input.key)} is neither a phase nor a topic of this ${r.kind}.`);
    }
    const current = ownEntry(r.timers, input.key) ?? newTimer(input.durationMs ?? 5 * 60_000);
    const next =
      input.action === 'start'
        ? startTimer(input.durationMs !== undefined ? { ...current, durationMs: input.durationMs } : current, now)
        : input.action === 'pause'
          ? pauseTimer(current, now)
          : newTimer(input.durationMs ?? current.durationMs);
    return { ...r, timers: { ...r.timers, [input.key]: next } };
  });
}

/**
 * Whether answers collected in the room may replace the stored check: only one made from at most the
 * answers the room still holds, so every answer already counted stays counted. A check entered on the
 * shared screen (no count), or one collected before Cadence restarted (the room's memory is gone), stays
 * until the facilitator enters scores on the screen; the room never replaces it with fewer answers.
 */
function roomMayReplace(existing: HealthCheck | undefined, replacesAtMost: number | undefined): boolean {
  if (!existing || replacesAtMost === undefined) return true;
  return existing.answers !== undefined && existing.answers <= replacesAtMost;
}

export async function recordHealthCheck(
  ctx: ServiceContext,
  input: {
    teamId: string;
    retroId: string;
    scores: HealthCheck['scores'];
    answers?: number | undefined;
    /** From the room: how many answers it held before this one (see roomMayReplace). */
    replacesAtMost?: number | undefined;
    /** From the shared screen: the facilitator was asked and agreed to replace the phones' answers. */
    replacesAnswers?: boolean | undefined;
  },
): Promise<HealthCheck> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const retro = findIn(team.retros, input.retroId, 'The retro');
  const existing = team.healthChecks.find((h) => h.retroId === retro.id);
  if (!roomMayReplace(existing, input.replacesAtMost)) {
    throw new DomainError(
      'conflict',
      'The health scores of this retro were already recorded without these answers (on the shared screen, or before Cadence restarted): they are kept, and this answer is not counted.',
    );
  }
  // Only the service knows the phones answered: the screen does not see their medians during the check-in, nor
  // (with the room closed or on another focus) who answered. It asks, and calls again to replace them.
  const fromScreen = input.answers === undefined && input.replacesAtMost === undefined;
  // Phones' medians may all be withheld (too few answers); scores entered on the screen must say something.
  if (fromScreen && nothingScored(input.scores)) throw invalid('scores', SCORE_ONE_FIRST);
  if (fromScreen && existing?.answers !== undefined && input.replacesAnswers !== true) {
    throw new DomainError('conflict', replacingPhoneAnswers(existing.answers), [
      { path: REPLACES_ANSWERS, message: replacingPhoneAnswers(existing.answers) },
    ]);
  }
  const check: HealthCheck = {
    id: existing?.id ?? newId(),
    sprintId: retro.sprintId,
    retroId: retro.id,
    recordedAt: ctx.now().toISOString(),
    scores: input.scores,
    ...(input.answers === undefined ? {} : { answers: input.answers }),
  };
  await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    const others = t.healthChecks.filter((h) => h.retroId !== retro.id);
    // The room took back the only answer it held (its person left the room): no answer is no check, not a sprint
    // shown without scores, nor "0 people answered" to replace.
    t.healthChecks = input.answers === 0 ? others : [...others, check];
  });
  return check;
}

/** How the people an imported retro names (action owners, commander, scribe) became this team's members. */
export interface OwnersMatched {
  /** Now a member of this team: the same id (the team re-importing its own retro) or the same name. */
  matched: number;
  /** No member of that name, or two: left unassigned rather than pointing at someone not in the team. */
  unassigned: number;
}

export interface ImportedRetro {
  retro: Retro;
  healthCheck: HealthCheck | null;
  owners: OwnersMatched;
}

/**
 * This team's member for a person id of the file, or null: a member's own id stays; another id goes to the
 * member whose name the file gives it (any case, trimmed), if exactly one member has it.
 */
function memberFor(
  members: readonly { id: string; name: string }[],
  people: readonly { id: string; name: string }[],
): (id: string) => string | null {
  const memberIds = new Set(members.map((m) => m.id));
  const byName = new Map<string, string | null>();
  for (const m of members) byName.set(nameKey(m.name), byName.has(nameKey(m.name)) ? null : m.id);
  const named = new Map(people.map((p) => [p.id, nameKey(p.name)]));
  return (id) => {
    if (memberIds.has(id)) return id;
    const name = named.get(id);
    return name === undefined ? null : (byName.get(name) ?? null);
  };
}

/**
 * The retro with every person id it holds made one of this team's members, or none: ids from another data
 * folder would read "Former member" everywhere. A card whose author is not found is anonymous, as one written
 * without an author. Votes keep their voters: only their counts are shown, and a guest's are not a member's.
 */
function withTeamPeople(retro: Retro, member: (id: string) => string | null): { retro: Retro; owners: OwnersMatched } {
  const owners: OwnersMatched = { matched: 0, unassigned: 0 };
  const owner = (id: string | null): string | null => {
    if (id === null) return null;
    const found = member(id);
    owners[found === null ? 'unassigned' : 'matched'] += 1;
    return found;
  };
  const actions = retro.actions.map((a) => ({ ...a, ownerId: owner(a.ownerId) }));
  const incident = retro.incident && {
    ...retro.incident,
    commanderId: owner(retro.incident.commanderId),
    scribeId: owner(retro.incident.scribeId),
  };
  const cards = retro.cards.map(({ authorId, ...card }) => {
    const author = authorId === undefined ? null : member(authorId);
    return author === null ? card : { ...card, authorId: author };
  });
  return { retro: { ...retro, actions, incident, cards }, owners };
}

/**
 * Brings back an exported retro; the same retro already here is refused rather than overwritten. The people it
 * names are matched to this team's members by the names the file carries (see withTeamPeople). A timer that ran
 * when the file was written comes in paused with the time it had left (pausedForImport).
 */
export async function importRetro(
  ctx: ServiceContext,
  input: { teamId: string; json: string },
): Promise<ImportedRetro> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const parsed = parseRetroExport(input.json);
  if (!parsed.ok) throw invalid('json', parsed.message);
  const { healthCheck, people } = parsed.value;
  const { retro, owners } = withTeamPeople(parsed.value.retro, memberFor(team.members, people));
  if (team.retros.some((r) => r.id === retro.id)) {
    throw new DomainError(
      'conflict',
      `${quote(retro.title)} is already in this team; delete it first to import it again.`,
    );
  }
  const sprintKnown = retro.sprintId !== null && team.sprints.some((s) => s.id === retro.sprintId);
  const timers = pausedForImport(retro.timers, parsed.value.exportedAt);
  const imported: Retro = { ...retro, sprintId: sprintKnown ? retro.sprintId : null, timers };
  const health = healthCheck ? { ...healthCheck, id: newId(), retroId: retro.id, sprintId: imported.sprintId } : null;
  await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    t.retros.push(imported);
    if (health) t.healthChecks.push(health);
  });
  return { retro: imported, healthCheck: health, owners };
}
