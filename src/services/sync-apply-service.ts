import { castDraft, original } from 'immer';
import { DomainError, firstIssueAt } from '../domain/shared/errors';
import { cutText } from '../domain/shared/cut-text';
import { LIMITS } from '../domain/shared/text';
import { recordsNotIn } from '../domain/sync/merge-valid';
import { CURRENT_SCHEMA_VERSION, TeamDocSchema, type TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { takeSafetyBackup } from './data-backup-service';
import { BEFORE_SYNC_TAG } from './store';
import { sameName } from '../domain/shared/name-key';

/** The team changed on this machine while a merge was being made: the merge is made again on the new state. */
export class TeamMovedOn extends Error {
  constructor() {
    super('The team changed while it was being merged.');
    this.name = 'TeamMovedOn';
  }
}

/**
 * The team itself once the schema accepts it. A merge is made of records already parsed (this machine's
 * store and the decoded remote file), and the schema's transforms (trimming) give the same text again, so
 * its answer would equal the team; keeping the team keeps its unchanged records the same (frozen) objects,
 * which the store then takes as they are instead of walking and freezing megabytes again. Records of
 * `known` (the stored team, valid by the store's own rule) are not validated again.
 */
function validated(team: TeamDoc, what: string, known: TeamDoc | null = null): TeamDoc {
  const parsed = TeamDocSchema.safeParse(known ? recordsNotIn(team, [known]) : team);
  if (!parsed.success) {
    throw new DomainError(
      'invalid_input',
      `${what} does not hold a valid team (${firstIssueAt(parsed.error, 'the team')}). Nothing was changed.`,
    );
  }
  return team;
}

function assertWritable(ctx: ServiceContext): void {
  if (ctx.store.readOnly) {
    throw new DomainError(
      'read_only',
      'This data folder is open read-only (a newer Cadence wrote it), so it cannot sync.',
    );
  }
}

/**
 * A merged team's name, unless another team here has it (a rename on another machine that a rename here
 * would refuse): then that name with the first free suffix, " (2)", " (3)"…, and a note saying so.
 */
function nameFreeHere(ctx: ServiceContext, expected: TeamDoc, merged: TeamDoc): { team: TeamDoc; notes: string[] } {
  const others = ctx.store.snapshot().teams.filter((t) => t.id !== merged.id);
  const taken = (name: string) => others.some((t) => sameName(t.name, name));
  if (!taken(merged.name)) return { team: merged, notes: [] };
  let n = 2;
  const suffixed = () => `${cutText(merged.name, LIMITS.name - ` (${n})`.length).trimEnd()} (${n})`;
  while (taken(suffixed())) n++;
  const name = suffixed();
  const note =
    expected.name === merged.name
      ? `Another team here is also named “${merged.name}”: this one is now “${name}”, here and on the remote.`
      : `“${expected.name}” was renamed to “${merged.name}” on another machine, but a team here already has that name: it is now “${name}”, here and on the remote.`;
  return { team: { ...merged, name }, notes: [`${note} Rename one of the two to tell them apart.`] };
}

/**
 * Replaces a team's document with the merge of it and the remote's: validated first, a backup of the data as
 * it was, then one mutation. `expected` is the team the merge was made from: if a save landed since, nothing is
 * written and TeamMovedOn asks the caller to merge again, so a change made during a sync is never lost.
 * Answers the team written (its name made unique here, see nameFreeHere) and notes for the sync's result.
 */
export async function applyMergedTeam(
  ctx: ServiceContext,
  expected: TeamDoc,
  merged: TeamDoc,
): Promise<{ team: TeamDoc; notes: string[] }> {
  assertWritable(ctx);
  if (merged.id !== expected.id) throw new DomainError('internal', 'A merge answered another team.');
  const { team: next, notes } = nameFreeHere(ctx, expected, validated(merged, 'The merged team', expected));
  const current = () => ctx.store.snapshot().teams.find((t) => t.id === expected.id);
  if (current() !== expected) throw new TeamMovedOn();
  await takeSafetyBackup(ctx, BEFORE_SYNC_TAG);
  if (current() !== expected) throw new TeamMovedOn();
  await ctx.store.mutate({ teamId: expected.id }, (draft) => {
    const index = draft.teams.findIndex((t) => t.id === expected.id);
    const team = draft.teams[index];
    if (!team || original(team) !== expected) throw new TeamMovedOn();
    // Another team took the name meanwhile (the suffix was chosen before the backup).
    if (draft.teams.some((t) => t.id !== next.id && sameName(t.name, next.name))) throw new TeamMovedOn();
    draft.teams[index] = castDraft(next);
  });
  return { team: next, notes };
}

/** A team the remote holds, brought into this data folder: refused when its id or its name is here already. */
export async function adoptJoinedTeam(ctx: ServiceContext, team: TeamDoc): Promise<TeamDoc> {
  assertWritable(ctx);
  const next = validated(team, 'The remote');
  const teams = ctx.store.snapshot().teams;
  const same = teams.find((t) => t.id === next.id);
  if (same) {
    throw new DomainError('conflict', `This data folder already has the team “${same.name}” that the remote holds.`);
  }
  if (teams.some((t) => sameName(t.name, next.name))) {
    throw new DomainError(
      'conflict',
      `A different team named “${next.name}” is already here: rename it first, then join. Nothing was changed.`,
    );
  }
  await takeSafetyBackup(ctx, 'before-join');
  await ctx.store.mutate('workspace', (draft) => {
    if (draft.teams.some((t) => t.id === next.id)) throw new DomainError('conflict', 'The team arrived meanwhile.');
    draft.teams.push(castDraft(next));
  });
  return next;
}

/**
 * A team file written by an older Cadence (format `version`), upgraded with the same migrations a data file
 * goes through, or a DomainError saying why it cannot be.
 */
export function migrateTeamFile(ctx: ServiceContext, raw: unknown, version: number): TeamDoc {
  if (version >= CURRENT_SCHEMA_VERSION) throw new DomainError('internal', 'That team file needs no upgrade.');
  const decoded = ctx.store.decode(JSON.stringify({ schemaVersion: version, teams: [raw] }));
  const team = decoded.kind === 'ok' ? decoded.workspace.teams[0] : undefined;
  if (!team) {
    const reason = decoded.kind === 'damaged' ? decoded.reason : 'it holds no team';
    throw new DomainError('invalid_input', `The remote’s team file (format ${version}) cannot be upgraded: ${reason}.`);
  }
  return team;
}
