import type { CadenceEvent } from '../api/contract/events';
import type { SyncReport, SyncStatus } from '../api/contract/sync';
import type { SyncPort } from '../api/sync-port';
import type { ConflictDecision } from '../domain/sync/model';
import type { TeamDoc } from '../domain/workspace';
import type { MutationScope, WorkspaceStore } from '../services/store';
import { endedACeremony } from './ceremony-ends';
import type { SyncEngine, SyncOutcome } from './sync-engine';

/** Timers, injectable so tests move time by hand. */
export interface SyncTimers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const NODE_TIMERS: SyncTimers = {
  setInterval: (run, ms) => setInterval(run, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export const SYNC_EVERY_MS = 5 * 60 * 1000;
/** Counting changes to send waits for a pause in typing. */
const COUNT_AFTER_MS = 1500;

export interface SyncHostOptions {
  engine: SyncEngine;
  store: WorkspaceStore;
  publish: (event: CadenceEvent) => void;
  timers?: SyncTimers;
  everyMs?: number;
  /** Called with a failure no caller waits for (a timer's sync); the host logs it. */
  onBackgroundError?: (error: unknown) => void;
}

/**
 * The SyncPort the api's handlers see: a status per shared team, kept current and told to the screen through
 * the event feed; a sync at start, every 5 minutes, and after a ceremony ends (seen in the store's changes).
 * One operation at a time per team.
 */
export class SyncHost implements SyncPort {
  private readonly statuses = new Map<string, SyncStatus>();
  private readonly running = new Map<string, Promise<unknown>>();
  private readonly lastSeen = new Map<string, TeamDoc>();
  private readonly countTimers = new Map<string, unknown>();
  private readonly timers: SyncTimers;
  private interval: unknown = null;
  private closed = false;
  /** Counts of changes waiting, in flight. */
  private readonly counting = new Set<Promise<void>>();

  constructor(private readonly options: SyncHostOptions) {
    this.timers = options.timers ?? NODE_TIMERS;
  }

  /** Reads the shared teams' clones, syncs each once, then every few minutes. */
  async start(): Promise<void> {
    // A join killed half-way (the app quit, the machine lost power) left its temporary clone.
    await this.options.engine.removeLeftoverJoins().catch((error: unknown) => this.options.onBackgroundError?.(error));
    for (const teamId of this.options.engine.sharedTeamIds()) {
      await this.refreshSettings(teamId, { state: 'pending', pendingChanges: 0 });
      this.remember(teamId);
    }
    this.interval = this.timers.setInterval(() => this.syncAllInBackground(), this.options.everyMs ?? SYNC_EVERY_MS);
    this.syncAllInBackground();
  }

  /** Resolves once no sync, share or count is running (tests and quitting wait on it). */
  async idle(): Promise<void> {
    while (this.running.size > 0 || this.counting.size > 0) {
      await Promise.allSettled([...this.running.values(), ...this.counting]);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.interval !== null) this.timers.clearInterval(this.interval);
    for (const handle of this.countTimers.values()) this.timers.clearTimeout(handle);
    await this.idle();
  }

  list(): SyncStatus[] {
    return [...this.statuses.values()];
  }

  /** Runs one operation for a team after the one before it. */
  private serial<T>(teamId: string, work: () => Promise<T>): Promise<T> {
    const before = this.running.get(teamId) ?? Promise.resolve();
    const next = before.then(work, work);
    const settled = next.catch(() => undefined);
    this.running.set(teamId, settled);
    void settled.then(() => {
      if (this.running.get(teamId) === settled) this.running.delete(teamId);
    });
    return next;
  }

  private setStatus(status: SyncStatus): void {
    this.statuses.set(status.teamId, status);
    this.options.publish({ type: 'sync', status });
  }

  private async refreshSettings(teamId: string, patch: Partial<SyncStatus>): Promise<SyncStatus> {
    const settings = await this.options.engine.settings(teamId);
    const status: SyncStatus = {
      teamId,
      remote: settings.remote,
      author: settings.committer,
      state: 'in_sync',
      pendingChanges: 0,
      lastSyncedAt: settings.lastSyncedAt,
      message: null,
      conflicts: [],
      notes: [],
      ...this.statuses.get(teamId),
      ...patch,
    };
    status.remote = settings.remote;
    status.author = settings.committer;
    status.lastSyncedAt = settings.lastSyncedAt;
    this.setStatus(status);
    return status;
  }

  private remember(teamId: string): void {
    const team = this.options.store.snapshot().teams.find((t) => t.id === teamId);
    if (team) this.lastSeen.set(teamId, team);
  }

  /** Turns an outcome into the status people see, and the report the caller gets. */
  private async settle(outcome: SyncOutcome): Promise<SyncReport> {
    const pendingChanges =
      outcome.state === 'refused' ? 0 : await this.options.engine.pendingChanges(outcome.teamId).catch(() => 0);
    const state = outcome.state === 'in_sync' && pendingChanges > 0 ? 'pending' : outcome.state;
    // A sync that stopped before merging (the remote unreachable, access refused, its file refused) decided
    // nothing: the conflicts found before still wait, with the choices made on the screen.
    const mergedNothing = outcome.state !== 'in_sync' && outcome.state !== 'conflicts' && outcome.pulled === 0;
    const before = this.statuses.get(outcome.teamId)?.conflicts ?? [];
    const status = await this.refreshSettings(outcome.teamId, {
      state,
      pendingChanges,
      message: outcome.message,
      conflicts: mergedNothing && outcome.conflicts.length === 0 ? before : outcome.conflicts,
      notes: outcome.notes,
    });
    this.remember(outcome.teamId);
    if (outcome.pulled > 0) this.options.publish({ type: 'team-changed', teamId: outcome.teamId });
    return { status, pulled: outcome.pulled, pushed: outcome.pushed, conflicts: outcome.conflicts.length };
  }

  private markSyncing(teamId: string): void {
    const status = this.statuses.get(teamId);
    if (status) this.setStatus({ ...status, state: 'syncing' });
  }

  share(input: { teamId: string; remote: string; token?: string | undefined; author: string }): Promise<SyncReport> {
    return this.serial(input.teamId, async () => this.settle(await this.options.engine.share(input)));
  }

  async join(input: { remote: string; token?: string | undefined; author: string }): Promise<SyncReport> {
    return this.settle(await this.options.engine.join(input));
  }

  sync(teamId: string): Promise<SyncReport> {
    return this.serial(teamId, () => this.syncNow(teamId));
  }

  /** Keeps the new token, then syncs with it at once. */
  replaceToken(teamId: string, token: string): Promise<SyncReport> {
    return this.serial(teamId, async () => {
      await this.options.engine.replaceToken(teamId, token);
      return this.syncNow(teamId);
    });
  }

  /**
   * A sync, with decisions when a person settled conflicts. A failure the engine could not turn into an
   * outcome leaves the team offline with the reason, never "syncing" (the timer skips a syncing team).
   */
  private async syncNow(teamId: string, decisions?: ConflictDecision[]): Promise<SyncReport> {
    this.markSyncing(teamId);
    try {
      return await this.settle(await this.options.engine.sync(teamId, decisions));
    } catch (error) {
      const status = this.statuses.get(teamId);
      if (status) this.setStatus({ ...status, state: 'offline', message: (error as Error).message });
      throw error;
    }
  }

  resolve(teamId: string, decisions: ConflictDecision[]): Promise<SyncReport> {
    return this.serial(teamId, () => this.syncNow(teamId, decisions));
  }

  /** Keeps another name for the team's later commits, and tells the screen. */
  setAuthor(teamId: string, author: string): Promise<SyncStatus> {
    return this.serial(teamId, async () => {
      await this.options.engine.setAuthor(teamId, author);
      return this.refreshSettings(teamId, {});
    });
  }

  stop(teamId: string): Promise<void> {
    return this.serial(teamId, async () => {
      await this.options.engine.stop(teamId);
      this.statuses.delete(teamId);
      this.lastSeen.delete(teamId);
    });
  }

  /** A sync no one waits for: failures are logged, and shown in the status. */
  private syncInBackground(teamId: string): void {
    if (this.closed) return;
    this.sync(teamId).catch((error: unknown) => this.options.onBackgroundError?.(error));
  }

  /** Every shared team but those waiting for a person: a decision, or a token the remote would refuse again. */
  private syncAllInBackground(): void {
    for (const status of this.list()) {
      if (!['conflicts', 'syncing', 'denied'].includes(status.state)) this.syncInBackground(status.teamId);
    }
  }

  /**
   * Told after every durable change: a ceremony that ended syncs now; other changes are counted. A shared team
   * that is gone (deleted) stops being shared, so its clone and token do not outlive it.
   */
  storeChanged(scope: MutationScope): void {
    if (this.closed) return;
    if (scope === 'workspace') {
      this.stopGoneTeams();
      this.countReplacedTeams();
      return;
    }
    const { teamId } = scope;
    const status = this.statuses.get(teamId);
    if (!status || this.running.has(teamId)) return;
    const before = this.lastSeen.get(teamId);
    this.remember(teamId);
    const after = this.lastSeen.get(teamId);
    if (before && after && status.state !== 'conflicts' && endedACeremony(before, after)) {
      this.syncInBackground(teamId);
      return;
    }
    this.countSoon(teamId);
  }

  /**
   * A change of the whole workspace (a restore, an import) may have replaced shared teams' data: the next sync
   * sends what differs from the last commit, so it is counted as any change is, and the screen does not go on
   * saying "in sync". A team it left as it was (another created or deleted) keeps its object, and its state.
   */
  private countReplacedTeams(): void {
    for (const team of this.options.store.snapshot().teams) {
      const before = this.lastSeen.get(team.id);
      if (!this.statuses.has(team.id) || this.running.has(team.id) || before === undefined || before === team) {
        continue;
      }
      this.lastSeen.set(team.id, team);
      this.countSoon(team.id);
    }
  }

  /** Counts the team's changes waiting to be sent once the changes pause. */
  private countSoon(teamId: string): void {
    const waiting = this.countTimers.get(teamId);
    if (waiting !== undefined) this.timers.clearTimeout(waiting);
    this.countTimers.set(
      teamId,
      this.timers.setTimeout(() => {
        this.countTimers.delete(teamId);
        const counting = this.recount(teamId).catch(() => undefined);
        this.counting.add(counting);
        void counting.then(() => this.counting.delete(counting));
      }, COUNT_AFTER_MS),
    );
  }

  private stopGoneTeams(): void {
    const here = new Set(this.options.store.snapshot().teams.map((t) => t.id));
    for (const teamId of this.statuses.keys()) {
      if (here.has(teamId)) continue;
      const waiting = this.countTimers.get(teamId);
      if (waiting !== undefined) this.timers.clearTimeout(waiting);
      this.countTimers.delete(teamId);
      this.stop(teamId).catch((error: unknown) => this.options.onBackgroundError?.(error));
    }
  }

  private async recount(teamId: string): Promise<void> {
    const status = this.statuses.get(teamId);
    if (!status || this.closed) return;
    const pendingChanges = await this.options.engine.pendingChanges(teamId).catch(() => status.pendingChanges);
    const now = this.statuses.get(teamId);
    // A sync that started or ended meanwhile has the newer count: this one may have read the branch before it.
    if (!now || now !== status || now.state === 'syncing') return;
    const counted = pendingChanges > 0 ? 'pending' : 'in_sync';
    const state = now.state === 'in_sync' || now.state === 'pending' ? counted : now.state;
    this.setStatus({ ...now, state, pendingChanges });
  }
}
