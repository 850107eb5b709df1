import { promises as fs } from 'node:fs';
import path from 'node:path';
import { produce, type Draft } from 'immer';
import { DomainError } from '../domain/shared/errors';
import type { TeamDoc, Workspace } from '../domain/workspace';
import type { MutationScope, StoreNotice, WorkspaceStore } from '../services/store';
import { pruneBackups, writeBackup } from './backups';
import { BACKUP_DIR_NAME, DATA_FILE_NAME } from './data-dir';
import { writeChanges } from './layout-writer';
import { loadWorkspace } from './load-workspace';
import { contentHash, sameEntries, writeVerified, type Verified } from './verified-teams';

export interface OpenOptions {
  dataDir: string;
  now?: () => Date;
  /** Minimum gap between backups taken while changes happen. */
  backupIntervalMs?: number;
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * The workspace in memory, persisted as one file per team behind an index (see layout.ts): a change
 * to one team rewrites only that team's file, so the cost of a vote does not grow with the workspace.
 */
class FileWorkspaceStore implements WorkspaceStore {
  readonly backupDir: string;
  readonly dataFile: string;
  private pending: Waiter[] = [];
  private flushing: Promise<void> | null = null;
  private lastBackupAt: number;
  private closed = false;

  constructor(
    readonly dataDir: string,
    private data: Workspace,
    /** The state the files on disk hold; writes diff against it. */
    private onDisk: Workspace | null,
    readonly readOnly: boolean,
    readonly notices: StoreNotice[],
    private readonly now: () => Date,
    private readonly backupIntervalMs: number,
    /**
     * The start-up backup of the files as read, written in the background so the host can listen
     * meanwhile. Every write to the data files waits for it first, so the backup always holds the
     * state before the first change.
     */
    private readonly startupBackup: Promise<void> = Promise.resolve(),
    /** Known-valid hashes of the teams as loaded (see verified-teams.ts). */
    private readonly verifiedAtLoad: Verified = new Map(),
    /** The team objects whose files are as they were read; a team still one of these has not changed. */
    private readonly loadedTeams: readonly TeamDoc[] = [],
    /** A rewrite of the verified cache started at open, if it was out of date. */
    private readonly verifiedWrite: Promise<void> = Promise.resolve(),
  ) {
    this.backupDir = path.join(dataDir, BACKUP_DIR_NAME);
    this.dataFile = path.join(dataDir, DATA_FILE_NAME);
    this.lastBackupAt = now().getTime();
  }

  snapshot(): Workspace {
    return this.data;
  }

  mutate(_scope: MutationScope, recipe: (draft: Draft<Workspace>) => void): Promise<Workspace> {
    if (this.readOnly) {
      return Promise.reject(
        new DomainError(
          'read_only',
          'This data file was written by a newer version of Cadence, so it is open read-only. Upgrade Cadence to make changes.',
        ),
      );
    }
    if (this.closed) return Promise.reject(new DomainError('internal', 'The data file is closed.'));
    let next: Workspace;
    try {
      next = produce(this.data, (draft) => {
        recipe(draft);
      });
    } catch (error) {
      return Promise.reject(error);
    }
    this.data = next;
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.startFlush();
    }).then(() => next);
  }

  flush(): Promise<void> {
    return this.flushing ?? Promise.resolve();
  }

  async close(): Promise<void> {
    await this.startupBackup;
    await this.flush();
    this.closed = true;
    await this.verifiedWrite;
    await this.recordVerified();
  }

  /**
   * After the last write every changed team's file holds the JSON of the team in memory, which is
   * valid: record its hash, so the next start can skip validating it (see verified-teams.ts). Teams
   * unchanged since loading keep their entry; a failure here only costs the next start a full
   * validation.
   */
  private async recordVerified(): Promise<void> {
    if (this.readOnly || this.onDisk !== this.data) return;
    const loaded = new Map(this.loadedTeams.map((t) => [t.id, t]));
    const entries: Verified = new Map();
    for (const team of this.data.teams) {
      if (loaded.get(team.id) === team) {
        // Unchanged since loading: its file is as it was read.
        const known = this.verifiedAtLoad.get(team.id);
        if (known !== undefined) entries.set(team.id, known);
      } else {
        // Changed or new: its file was written as exactly this JSON.
        entries.set(team.id, contentHash(JSON.stringify(team)));
      }
    }
    if (sameEntries(entries, this.verifiedAtLoad)) return;
    await writeVerified(this.dataDir, entries).catch(() => undefined);
  }

  /** Writes the files that differ from what is on disk; the scope is not trusted, the diff is exact. */
  async persist(): Promise<void> {
    // No data file is replaced before the start-up backup of the state as read is on disk.
    await this.startupBackup;
    const target = this.data;
    await writeChanges(this.dataDir, this.onDisk, target);
    this.onDisk = target;
  }

  private startFlush(): void {
    if (!this.flushing) this.flushing = this.flushLoop();
  }

  /** One write at a time; every mutation that arrives meanwhile shares the next write. */
  private async flushLoop(): Promise<void> {
    try {
      // Mutations made in the same task (one api call changing several things) join this write. A
      // microtask, not setImmediate: a macrotask hop cost every save ~0.15 ms at the median
      // (npm run bench -- persist, small workspace), and later mutations share the next write anyway.
      await Promise.resolve();
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0);
        try {
          await this.persist();
          batch.forEach((w) => w.resolve());
        } catch (error) {
          // onDisk is unchanged, so the next write retries every file this one did not finish.
          const failure = new DomainError('internal', `Could not save the data file: ${(error as Error).message}`);
          batch.forEach((w) => w.reject(failure));
        }
        await this.maybeBackup();
      }
    } finally {
      // Cleared in the same tick as the last empty-queue check, so no mutation can be stranded.
      this.flushing = null;
    }
  }

  private async maybeBackup(): Promise<void> {
    const now = this.now();
    if (now.getTime() - this.lastBackupAt < this.backupIntervalMs) return;
    this.lastBackupAt = now.getTime();
    try {
      await writeBackup(this.backupDir, JSON.stringify(this.data), now);
      await pruneBackups(this.backupDir, now);
    } catch {
      // A failed backup must not fail the user's save; the next interval tries again.
    }
  }
}

/**
 * Opens the data dir: validates it, migrates older versions (format 1's single file becomes per-team
 * files), sets damaged files aside and falls back to the newest good backup. Takes a start-up backup
 * of the whole workspace when it loaded intact.
 */
export async function openWorkspaceStore(options: OpenOptions): Promise<WorkspaceStore> {
  const now = options.now ?? (() => new Date());
  const dataDir = options.dataDir;
  const backupDir = path.join(dataDir, BACKUP_DIR_NAME);
  await fs.mkdir(backupDir, { recursive: true });

  const loaded = await loadWorkspace(dataDir, backupDir, now());
  // A plain start (files intact, nothing to migrate or rewrite) takes its backup in the background:
  // the store waits for it before its first write. Any start that rewrites files at once (migration,
  // recovery) takes it first, as before.
  const background = loaded.backup !== null && loaded.backup.tag === '' && loaded.onDisk !== null;
  let startupBackup: Promise<void> = Promise.resolve();
  if (loaded.backup && background) {
    const { text } = loaded.backup;
    const at = now();
    startupBackup = (async () => {
      await new Promise((r) => setImmediate(r));
      await writeBackup(backupDir, text, at);
      await pruneBackups(backupDir, at);
    })().catch(() => {
      // As with the interval backups, a failed backup must not fail the user's saves.
    });
  } else if (loaded.backup) {
    await writeBackup(backupDir, loaded.backup.text, now(), loaded.backup.tag);
    await pruneBackups(backupDir, now());
  }
  if (!loaded.readOnly && loaded.onDisk === null) await writeChanges(dataDir, null, loaded.workspace);
  const onDisk = loaded.readOnly ? null : loaded.workspace;
  const verifiedWrite = loaded.verifiedChanged
    ? writeVerified(dataDir, loaded.verified).catch(() => undefined)
    : Promise.resolve();
  return new FileWorkspaceStore(
    dataDir,
    loaded.workspace,
    onDisk,
    loaded.readOnly,
    loaded.notices,
    now,
    options.backupIntervalMs ?? TEN_MINUTES,
    startupBackup,
    loaded.verified,
    // Files rewritten at open (migration, recovery) hold the JSON of these objects: like changed ones.
    loaded.onDisk === null ? [] : loaded.workspace.teams,
    verifiedWrite,
  );
}
