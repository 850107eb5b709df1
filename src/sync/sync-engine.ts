import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../services/context';
import { adoptJoinedTeam, applyMergedTeam, migrateTeamFile, TeamMovedOn } from '../services/sync-apply-service';
import { DomainError } from '../domain/shared/errors';
import { deepEqual } from '../domain/sync/canonical';
import type { ConflictDecision, SyncConflict } from '../domain/sync/model';
import type { TeamDoc } from '../domain/workspace';
import { Clone, cloneFolder, syncFolder, THEIRS } from './clone';
import { GitFailure, usableAuthor, type Git } from './git';
import { AccessDenied, DAMAGED_FILE_ADVICE, declinedPush, failureOf, RemoteRefused } from './failure-words';
import { checkRemote, displayRemote } from './remote';
import type { TeamCodec } from './team-codec';
import type { TokenStore } from './token-store';

/**
 * A join from a remote nothing was pushed to yet: a refusal of what the remote holds (none), which trying again
 * will not mend until the team is shared to it from a machine that has it.
 */
export class EmptyRemote extends RemoteRefused {}

/** How one sync ended, before the host turns it into the contract's SyncStatus. */
export interface SyncOutcome {
  teamId: string;
  state: 'in_sync' | 'offline' | 'denied' | 'conflicts' | 'refused';
  pulled: number;
  pushed: number;
  conflicts: SyncConflict[];
  notes: string[];
  message: string | null;
}

export interface SyncEngineOptions {
  ctx: ServiceContext;
  git: Git;
  codec: TeamCodec;
  tokens: TokenStore;
  /** Pushes tried after the remote moved on, before giving up until the next sync. */
  maxPushAttempts?: number;
}

/**
 * What a clone's last commit holds, kept in memory so a sync encodes and decodes a large team as few times as
 * it can: the commit, its file's text, the team in it (as sent), and the local team object it was made from
 * (store snapshots are immutable, so an unchanged team is the same object).
 */
interface Committed {
  commit: string;
  text: string;
  team: TeamDoc;
  source: TeamDoc;
}

interface LastCommit {
  commit: string | null;
  known: Committed | null;
}

/** The name commits are made under, refused before a clone is made when git would refuse it at the first commit. */
function refuseUnusableAuthor(author: string): void {
  if (usableAuthor(author)) return;
  const message = 'Give a name commits can be made under: letters or digits, not only spaces or punctuation.';
  throw new DomainError('invalid_input', message, [{ path: 'author', message }]);
}

/** The name commits are made under: the one kept, unless git would refuse it (kept by an older Cadence). */
function committer(author: string | null): string {
  return author !== null && usableAuthor(author) ? author : 'Cadence';
}

/** A join's temporary clone, renamed to the team's folder once the team is in: one left over is a killed join's. */
const JOINING_PREFIX = '.joining-';

/** The remote sent something Cadence will not take; the local team is untouched. */
class Refused extends Error {}

/**
 * Share, join and sync a team through its clone: commit local changes in words, fetch, merge three ways with
 * core's mergeTeams, write the merge through the apply service, commit it with both parents, push, and try
 * again (bounded) when the remote moved on meanwhile.
 */
export class SyncEngine {
  private readonly ctx: ServiceContext;
  private readonly git: Git;
  private readonly codec: TeamCodec;
  private readonly tokens: TokenStore;
  private readonly maxPushAttempts: number;
  private readonly committed = new Map<string, Committed>();
  /** Teams decoded from recent commits (ours and the remote's), by clone and commit: the next merge's base. */
  private readonly decoded = new Map<string, TeamDoc>();
  /** The temporary clones of the joins running now, which a clean-up of leftovers must not take. */
  private readonly joining = new Set<string>();

  private remember(clone: Clone, commit: string, team: TeamDoc): void {
    this.decoded.set(`${clone.dir}\n${commit}`, team);
    if (this.decoded.size > 8) this.decoded.delete(this.decoded.keys().next().value as string);
  }

  constructor(options: SyncEngineOptions) {
    this.ctx = options.ctx;
    this.git = options.git;
    this.codec = options.codec;
    this.tokens = options.tokens;
    this.maxPushAttempts = options.maxPushAttempts ?? 3;
  }

  private get dataDir(): string {
    return this.ctx.store.dataDir;
  }

  /** The ids of the teams shared from this data folder (a clone folder each). */
  sharedTeamIds(): string[] {
    const folder = syncFolder(this.dataDir);
    if (!existsSync(folder)) return [];
    const ids: string[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const team = this.ctx.store
        .snapshot()
        .teams.find((t) => cloneFolder(this.dataDir, t.id) === path.join(folder, entry.name));
      if (team) ids.push(team.id);
    }
    return ids;
  }

  /**
   * Removes the temporary clones that joins killed or failed half-way left in `<data>/sync` (a folder each,
   * never renamed to a team's): not the joins running now, not the clones of shared teams.
   */
  async removeLeftoverJoins(): Promise<void> {
    const folder = syncFolder(this.dataDir);
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const dir = path.join(folder, entry.name);
      if (!entry.isDirectory() || !entry.name.startsWith(JOINING_PREFIX) || this.joining.has(dir)) continue;
      await fs.rm(dir, { recursive: true, force: true });
    }
  }

  /**
   * After a failed share or join: the sync folder goes too when that made it and nothing else is in it (the
   * askpass script a token needed was made with it, so it goes first).
   */
  private async removeSyncFolderIfMadeNow(existedBefore: boolean): Promise<void> {
    if (existedBefore) return;
    await this.git.removeAskpass();
    await fs.rmdir(syncFolder(this.dataDir)).catch(() => undefined);
  }

  isShared(teamId: string): boolean {
    return existsSync(path.join(cloneFolder(this.dataDir, teamId), '.git'));
  }

  private async openClone(teamId: string): Promise<Clone> {
    if (!this.isShared(teamId)) throw new DomainError('not_found', 'This team is not shared from this machine.');
    return new Clone(cloneFolder(this.dataDir, teamId), this.git, await this.tokens.get(teamId));
  }

  /** The remote as people see it, the name kept for commits, and the name they are made under (`committer`). */
  async settings(
    teamId: string,
  ): Promise<{ remote: string; author: string; committer: string; lastSyncedAt: string | null }> {
    const settings = await (await this.openClone(teamId)).settings();
    return {
      remote: displayRemote(settings.url),
      author: settings.author ?? 'Cadence',
      committer: committer(settings.author),
      lastSyncedAt: settings.lastSyncedAt,
    };
  }

  private team(teamId: string): TeamDoc {
    const team = this.ctx.store.snapshot().teams.find((t) => t.id === teamId);
    if (!team) throw new DomainError('not_found', 'The team was not found. It may have been deleted.');
    return team;
  }

  /** The clone's last commit, with what is remembered of it when that is still the branch's head. */
  private last(clone: Clone, commit: string | null): LastCommit {
    const known = this.committed.get(clone.dir);
    return { commit, known: known && known.commit === commit ? known : null };
  }

  /**
   * What would be committed now, when it differs from the clone's last commit (null when nothing changed):
   * the text, and the team as it may leave the machine.
   */
  private async localChange(
    clone: Clone,
    team: TeamDoc,
    { commit, known }: LastCommit,
  ): Promise<{ text: string; sent: TeamDoc } | null> {
    if (known?.source === team) return null;
    // The file at the commit read before, never at HEAD: a sync may have committed since (the host counts
    // changes beside a sync), and that commit's text remembered under this one would be a wrong merge base.
    const headText = known ? known.text : commit ? await clone.fileAt(commit) : null;
    // What was last sent: a card it holds that is hidden again here is still sent, not taken back.
    const sentBefore = known ? known.team : commit && headText !== null ? this.teamIn(clone, commit, headText) : null;
    const sent = this.codec.forRemote(team, sentBefore);
    const text = this.codec.encode(sent);
    if (headText !== text) return { text, sent };
    if (commit) this.committed.set(clone.dir, { commit, text, team: known?.team ?? sent, source: team });
    return null;
  }

  /** Local changes waiting to be sent: commits the remote lacks, plus one for changes not yet committed. */
  async pendingChanges(teamId: string): Promise<number> {
    const clone = await this.openClone(teamId);
    const { head, theirs } = await clone.tips();
    const ahead = head ? (await clone.divergence(head, theirs)).ahead : 0;
    return ahead + ((await this.localChange(clone, this.team(teamId), this.last(clone, head))) === null ? 0 : 1);
  }

  /** Commits `text` on top of `parents` and remembers it. */
  private async commitText(
    clone: Clone,
    change: { text: string; sent: TeamDoc; source: TeamDoc },
    message: string,
    parents: string[],
    author: string,
  ): Promise<void> {
    const commit = await clone.commit(change.text, message, parents, author);
    this.committed.set(clone.dir, { commit, text: change.text, team: change.sent, source: change.source });
    this.remember(clone, commit, change.sent);
  }

  /** Commits the team as it is now, when it differs from the last commit, with a message in words. */
  private async commitLocal(clone: Clone, teamId: string, author: string): Promise<void> {
    const team = this.team(teamId);
    const last = this.last(clone, (await clone.tips()).head);
    const change = await this.localChange(clone, team, last);
    if (change === null) return;
    const { commit, known } = last;
    const before = known ? known.team : await this.decodedAt(clone, 'HEAD');
    const message = this.codec.describe(before, change.sent);
    await this.commitText(clone, { ...change, source: team }, message, commit ? [commit] : [], author);
  }

  /** The team in a commit's file text, decoded once per commit. */
  private teamIn(clone: Clone, commit: string, text: string): TeamDoc | null {
    const remembered = this.decoded.get(`${clone.dir}\n${commit}`);
    if (remembered) return remembered;
    const team = this.decodedText(text);
    if (team) this.remember(clone, commit, team);
    return team;
  }

  /** The team at a commit of the clone, or null (no commit, no file, a file that does not decode). */
  private async decodedAt(clone: Clone, ref: string): Promise<TeamDoc | null> {
    const text = await clone.fileAt(ref);
    return text === null ? null : this.decodedText(text);
  }

  private decodedText(text: string): TeamDoc | null {
    const decoded = this.codec.decode(text);
    if (decoded.ok === true) return decoded.team;
    if (decoded.ok === 'older') {
      try {
        return migrateTeamFile(this.ctx, decoded.raw, decoded.schemaVersion);
      } catch {
        return null;
      }
    }
    return null;
  }

  /** The remote's team and its file's text, or Refused with a sentence (damaged, newer, another team). */
  private async theirs(clone: Clone, teamId: string | null): Promise<{ team: TeamDoc; text: string }> {
    const text = await clone.fileAt(THEIRS);
    if (text === null) throw new Refused('The remote holds no Cadence team (no team.json on its main branch).');
    const decoded = this.codec.decode(text, teamId === null ? null : this.team(teamId));
    let team: TeamDoc;
    if (decoded.ok === true) team = decoded.team;
    else if (decoded.ok === 'older') {
      try {
        team = migrateTeamFile(this.ctx, decoded.raw, decoded.schemaVersion);
      } catch (error) {
        throw new Refused(`${(error as Error).message} ${DAMAGED_FILE_ADVICE}`);
      }
    } else {
      const advice = decoded.newer ? '' : ` ${DAMAGED_FILE_ADVICE}`;
      throw new Refused(`The remote’s team file was refused: ${decoded.message} Your team here is untouched.${advice}`);
    }
    if (teamId !== null && team.id !== teamId) {
      throw new Refused(`The remote holds another team (“${team.name}”), not this one. Nothing was changed.`);
    }
    return { team, text };
  }

  private reachFailure(url: string, error: unknown): DomainError {
    if (error instanceof DomainError) return error;
    const failure = failureOf(url, error, 'reach', 'sharing');
    return new (failure.state === 'denied' ? AccessDenied : DomainError)('unsupported', failure.message);
  }

  /** Shares a team: the remote must be empty or hold this same team (then the two copies merge). */
  async share(input: {
    teamId: string;
    remote: string;
    token?: string | undefined;
    author: string;
  }): Promise<SyncOutcome> {
    const checked = checkRemote(input.remote);
    if (!checked.ok)
      throw new DomainError('invalid_input', checked.message, [{ path: 'remote', message: checked.message }]);
    refuseUnusableAuthor(input.author);
    const team = this.team(input.teamId);
    if (this.isShared(team.id)) throw new DomainError('conflict', `“${team.name}” is shared already.`);
    const syncFolderExisted = existsSync(syncFolder(this.dataDir));
    const clone = new Clone(cloneFolder(this.dataDir, team.id), this.git, input.token ?? null);
    try {
      await clone.init(checked.remote.url, { teamId: team.id, author: input.author });
      try {
        await clone.fetch();
      } catch (error) {
        throw this.reachFailure(checked.remote.url, error);
      }
      if (await clone.commitOf(THEIRS)) {
        // A repository made with the host's "add a README" (or licence) box: commits, but no team to merge with.
        if ((await clone.fileAt(THEIRS)) === null) {
          throw new RemoteRefused(
            'conflict',
            `${displayRemote(checked.remote.url)} holds commits but no Cadence team (no team.json on its main branch), so ` +
              'Cadence will not share into it: create an empty repository (without a README, licence or .gitignore) ' +
              'and share to that.',
          );
        }
        try {
          await this.theirs(clone, team.id);
        } catch (error) {
          if (error instanceof Refused) throw new RemoteRefused('conflict', error.message);
          throw error;
        }
      }
    } catch (error) {
      await fs.rm(clone.dir, { recursive: true, force: true });
      await this.removeSyncFolderIfMadeNow(syncFolderExisted);
      throw error;
    }
    if (input.token) await this.tokens.set(team.id, input.token);
    return this.syncClone(clone, team.id, undefined);
  }

  /**
   * Joins the team a remote holds (matched by id): refused when the team is here already (a clone left by a
   * deleted team is removed instead); older formats are upgraded.
   */
  /**
   * Joins the team a remote holds. `expects`, when given, is asked before anything is written: a refusal (a
   * message) stops the join, as when a script's --team names another team than the remote holds.
   */
  async join(input: {
    remote: string;
    token?: string | undefined;
    author: string;
    expects?: (team: TeamDoc) => string | null;
  }): Promise<SyncOutcome> {
    const checked = checkRemote(input.remote);
    if (!checked.ok)
      throw new DomainError('invalid_input', checked.message, [{ path: 'remote', message: checked.message }]);
    refuseUnusableAuthor(input.author);
    const syncFolderExisted = existsSync(syncFolder(this.dataDir));
    await this.removeLeftoverJoins();
    const temporary = path.join(syncFolder(this.dataDir), `${JOINING_PREFIX}${randomBytes(6).toString('hex')}`);
    this.joining.add(temporary);
    try {
      return await this.joinThrough(temporary, checked.remote.url, input, syncFolderExisted);
    } finally {
      this.joining.delete(temporary);
    }
  }

  private async joinThrough(
    temporary: string,
    url: string,
    input: { token?: string | undefined; author: string; expects?: (team: TeamDoc) => string | null },
    syncFolderExisted: boolean,
  ): Promise<SyncOutcome> {
    const clone = new Clone(temporary, this.git, input.token ?? null);
    let team: TeamDoc;
    let pulled: number;
    try {
      await clone.init(url, { author: input.author });
      try {
        await clone.fetch();
      } catch (error) {
        throw this.reachFailure(url, error);
      }
      const theirsCommit = await clone.commitOf(THEIRS);
      if (!theirsCommit)
        throw new EmptyRemote('not_found', `${displayRemote(url)} is empty: share a team to it first.`);
      try {
        team = (await this.theirs(clone, null)).team;
      } catch (error) {
        if (error instanceof Refused) throw new RemoteRefused('invalid_input', error.message);
        throw error;
      }
      const refusal = input.expects?.(team) ?? null;
      if (refusal !== null) throw new DomainError('conflict', refusal);
      if (this.ctx.store.snapshot().teams.some((t) => t.id === team.id)) {
        throw new DomainError(
          'conflict',
          `This data folder already has the team “${team.name}” that the remote holds.`,
        );
      }
      // A clone without its team is what a deleted team left (an older Cadence kept it): its state and
      // token were that team's, not this join's.
      if (this.isShared(team.id)) await this.stop(team.id);
      await clone.setSetting('teamId', team.id);
      await clone.moveTo(theirsCommit);
      pulled = await clone.count(null, 'HEAD');
      await adoptJoinedTeam(this.ctx, team);
    } catch (error) {
      await fs.rm(temporary, { recursive: true, force: true });
      await this.removeSyncFolderIfMadeNow(syncFolderExisted);
      throw error;
    }
    await fs.rename(temporary, cloneFolder(this.dataDir, team.id));
    if (input.token) await this.tokens.set(team.id, input.token);
    const joined = new Clone(cloneFolder(this.dataDir, team.id), this.git, input.token ?? null);
    await joined.setSetting('lastSyncedAt', this.ctx.now().toISOString());
    return { teamId: team.id, state: 'in_sync', pulled, pushed: 0, conflicts: [], notes: [], message: null };
  }

  /** Pulls, merges and pushes; with decisions, each decided conflict takes the side named. */
  async sync(teamId: string, decisions?: ConflictDecision[]): Promise<SyncOutcome> {
    return this.syncClone(await this.openClone(teamId), teamId, decisions);
  }

  /** Keeps a new token for a shared team in place of the old one (or the first, for a remote that now asks). */
  async replaceToken(teamId: string, token: string): Promise<void> {
    await this.openClone(teamId);
    await this.tokens.set(teamId, token);
  }

  /** Makes the shared team's later commits under another name (kept in its clone, as share and join keep it). */
  async setAuthor(teamId: string, author: string): Promise<void> {
    refuseUnusableAuthor(author);
    await (await this.openClone(teamId)).setSetting('author', author);
  }

  /** Stops sharing on this machine: the clone and the token go; the team and the remote stay. */
  async stop(teamId: string): Promise<void> {
    await fs.rm(cloneFolder(this.dataDir, teamId), { recursive: true, force: true });
    await this.tokens.delete(teamId);
  }

  private async syncClone(
    clone: Clone,
    teamId: string,
    decisions: ConflictDecision[] | undefined,
  ): Promise<SyncOutcome> {
    const settings = await clone.settings();
    // A name git refuses (kept by an older Cadence) would fail every sync: commits are made as Cadence instead.
    const author = committer(settings.author);
    const url = settings.url;
    const outcome: SyncOutcome = {
      teamId,
      state: 'in_sync',
      pulled: 0,
      pushed: 0,
      conflicts: [],
      notes: [],
      message: null,
    };
    await this.commitLocal(clone, teamId, author);
    for (let attempt = 1; ; attempt++) {
      try {
        await clone.fetch();
      } catch (error) {
        if (!(error instanceof GitFailure)) throw error;
        return { ...outcome, ...failureOf(url, error, 'reach') };
      }
      const { head, theirs: theirsCommit } = await clone.tips();
      if (!head) break;
      const apart = await clone.divergence(head, theirsCommit);
      let ahead = apart.ahead;
      if (theirsCommit && apart.behind > 0) {
        let theirs: { team: TeamDoc; text: string };
        try {
          theirs = await this.theirs(clone, teamId);
        } catch (error) {
          if (error instanceof Refused) return { ...outcome, state: 'refused', message: error.message };
          throw error;
        }
        const remote = { ...theirs, commit: theirsCommit, url };
        const merged = await this.mergeInto(clone, teamId, remote, { head, ...apart }, author, decisions);
        outcome.notes.push(...merged.notes);
        // With conflicts nothing was merged: what the remote has is not pulled yet.
        if (merged.conflicts.length > 0) return { ...outcome, state: 'conflicts', conflicts: merged.conflicts };
        outcome.pulled += apart.behind;
        ahead = merged.ahead;
      }
      if (ahead === 0) break;
      let answer;
      try {
        answer = await clone.push();
      } catch (error) {
        if (!(error instanceof GitFailure)) throw error;
        return { ...outcome, ...(declinedPush(url, error) ?? failureOf(url, error, 'send to')) };
      }
      if (answer === 'pushed') {
        outcome.pushed += ahead;
        break;
      }
      if (attempt >= this.maxPushAttempts) {
        return {
          ...outcome,
          state: 'offline',
          message: `${displayRemote(url)} kept moving on while Cadence pushed; it will try again.`,
        };
      }
    }
    await clone.setSetting('lastSyncedAt', this.ctx.now().toISOString());
    return outcome;
  }

  /**
   * Merges the remote's team into the local one (base: the team at the merge-base commit; mine: the FULL local
   * team, withheld things included; theirs: the remote's), writes the result and commits it: on top of the
   * remote's commit when this machine had nothing new (`ahead` 0), else with both parents. Answers how many
   * commits the branch then has that the remote lacks.
   */
  private async mergeInto(
    clone: Clone,
    teamId: string,
    remote: { team: TeamDoc; text: string; commit: string; url: string },
    local: { head: string; ahead: number },
    author: string,
    decisions: ConflictDecision[] | undefined,
  ): Promise<{ ahead: number; conflicts: SyncConflict[]; notes: string[] }> {
    const theirs = remote.team;
    const baseCommit = local.ahead === 0 ? local.head : await clone.mergeBase(local.head, remote.commit);
    const known = this.committed.get(clone.dir);
    const base = !baseCommit
      ? null
      : known?.commit === baseCommit
        ? known.team
        : (this.decoded.get(`${clone.dir}\n${baseCommit}`) ?? (await this.decodedAt(clone, baseCommit)));
    this.remember(clone, remote.commit, theirs);
    for (let tries = 0; ; tries++) {
      const mine = this.team(teamId);
      const result = this.codec.merge(base, mine, theirs, decisions);
      if (result.conflicts.length > 0) return { ahead: local.ahead, conflicts: result.conflicts, notes: result.notes };
      let written = { team: result.team, notes: result.notes };
      try {
        if (!deepEqual(result.team, mine)) {
          const applied = await applyMergedTeam(this.ctx, mine, result.team);
          written = { team: applied.team, notes: [...result.notes, ...applied.notes] };
        }
      } catch (error) {
        if (error instanceof TeamMovedOn && tries < 5) continue;
        throw error;
      }
      // A card the remote has (revealed once, hidden again here) goes on being sent.
      const sent = this.codec.forRemote(written.team, theirs);
      const change = { text: this.codec.encode(sent), sent, source: this.team(teamId) };
      const said = this.codec.describe(theirs, sent);
      if (local.ahead === 0) {
        // Nothing new here: the branch moves to the remote's commit, with one on top if the merge kept more.
        await clone.moveTo(remote.commit);
        if (remote.text === change.text) {
          this.committed.set(clone.dir, {
            commit: remote.commit,
            text: change.text,
            team: sent,
            source: change.source,
          });
          return { ahead: 0, conflicts: [], notes: written.notes };
        }
        await this.commitText(clone, change, said, [remote.commit], author);
        return { ahead: 1, conflicts: [], notes: written.notes };
      }
      const message = `Merged with ${displayRemote(remote.url)}: ${said}`;
      await this.commitText(clone, change, message, [local.head, remote.commit], author);
      return { ahead: local.ahead + 1, conflicts: [], notes: written.notes };
    }
  }
}
