import path from 'node:path';
import { produce, type Draft } from 'immer';
import { DomainError } from '../domain/shared/errors';
import type { TeamDoc, Workspace } from '../domain/workspace';
import type { BackupStore, DecodedWorkspace, MutationScope, StoreNotice, WorkspaceStore } from '../services/store';
import { folderBackups, keepBackup } from './backups';
import { decodeWorkspace } from './decode';
import { BACKUP_DIR_NAME, DATA_FILE_NAME } from './data-dir';
import { DataFiles, teamsChanged } from './data-files';
import { makeDurableDir, nodeFs, type StorageFs } from './file-system';
import { TEAMS_DIR_NAME } from './layout';
import { loadWorkspace } from './load-workspace';
import { LOCK_FILE_NAME } from './lock';
import { restrictToOwner, type OwnEntries } from './owner-only';
import { saveFailure } from './save-failure';
import { contentHash, sameEntries, VERIFIED_FILE_NAME, writeVerified, type Verified } from './verified-teams';

export interface OpenOptions {
  dataDir: string;
  now?: () => Date;
  /** Minimum gap between backups taken while changes happen. */
  backupIntervalMs?: number;
  /** The file-system port storage writes through (tests inject failures and power cuts). */
  fs?: StorageFs;
}

/** A change applied in memory and waiting for its write; `state` is the workspace right after it. */
interface Pending {
  scope: MutationScope;
  recipe: (draft: Draft<Workspace>) => void;
  state: Workspace;
  resolve: (state: Workspace) => void;
  reject: (error: unknown) => void;
}

const TEN_MINUTES = 10 * 60 * 1000;

/** Everything Cadence writes in the data folder, made owner-only when a store opens it. */
const OWN_ENTRIES: OwnEntries = {
  folders: [BACKUP_DIR_NAME, TEAMS_DIR_NAME],
  files: [DATA_FILE_NAME, LOCK_FILE_NAME, VERIFIED_FILE_NAME],
};

/**
 * The workspace in memory, persisted as one file per team behind an index (see layout.ts): a change
 * to one team rewrites only that team's file, so the cost of a vote does not grow with the workspace.
 *
 * A change is adopted only once it is durable. Reads see it at once, but `committed` is what the files
 * hold; when a write fails the store takes the files back to `committed`, fails every change of that
 * write, and replays the changes queued behind it that do not build on them.
 */
class FileWorkspaceStore implements WorkspaceStore {
  readonly backups: BackupStore;
  readonly dataFile: string;
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private lastBackupAt: number;
  private closed = false;

  constructor(
    readonly dataDir: string,
    /** The state the files on disk hold. */
    private committed: Workspace,
    /** The files behind it (null when read-only: nothing is ever written). */
    private readonly files: DataFiles | null,
    readonly readOnly: boolean,
    readonly notices: StoreNotice[],
    private readonly now: () => Date,
    private readonly backupIntervalMs: number,
    private readonly fsys: StorageFs,
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
    this.backups = folderBackups(path.join(dataDir, BACKUP_DIR_NAME), fsys);
    this.dataFile = path.join(dataDir, DATA_FILE_NAME);
    this.lastBackupAt = now().getTime();
    this.data = committed;
  }

  /** What reads see: the committed state and every change queued on it. */
  private data: Workspace;

  snapshot(): Workspace {
    return this.data;
  }

  decode(text: string): DecodedWorkspace {
    return decodeWorkspace(text);
  }

  mutate(scope: MutationScope, recipe: (draft: Draft<Workspace>) => void): Promise<Workspace> {
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
      next = produce(this.data, recipe);
    } catch (error) {
      return Promise.reject(error);
    }
    this.data = next;
    return new Promise<Workspace>((resolve, reject) => {
      this.queue.push({ scope, recipe, state: next, resolve, reject });
      this.startFlush();
    });
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
    if (this.readOnly || this.committed !== this.data) return;
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
    await writeVerified(this.dataDir, entries, this.fsys).catch(() => undefined);
  }

  /** Writes the files that differ from what is on disk; the scope is not trusted, the diff is exact. */
  async persist(target: Workspace): Promise<void> {
    // No data file is replaced before the start-up backup of the state as read is on disk.
    await this.startupBackup;
    await this.files?.write(target);
    this.committed = target;
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
      while (this.queue.length > 0) {
        // The batch and the state it writes are taken together: changes made during the write wait for the next.
        const batch = this.queue.splice(0);
        const before = this.committed;
        const target = this.data;
        try {
          await this.persist(target);
          batch.forEach((p) => p.resolve(p.state));
        } catch (error) {
          const undone = await this.undo(before);
          const failure = saveFailure(error, this.dataDir, undone);
          batch.forEach((p) => p.reject(failure));
          this.replayQueue(teamsChanged(before, target), failure);
        }
        await this.maybeBackup();
      }
    } finally {
      // Cleared in the same tick as the last empty-queue check, so no mutation can be stranded.
      this.flushing = null;
    }
  }

  /**
   * Takes the files a failed write replaced back to `before`. Where even that fails, the store adopts
   * what the files hold, so memory and disk still agree. True when the disk holds `before`.
   */
  private async undo(before: Workspace): Promise<boolean> {
    const files = this.files;
    if (!files) return true;
    try {
      await files.write(before);
      this.committed = before;
      return true;
    } catch {
      this.committed = files.onDisk() ?? before;
      return this.committed === before;
    }
  }

  /**
   * After a failed write: reads go back to what is on disk, plus the changes queued behind the failed
   * ones. A queued change to a team the failed write touched (or to the team list) was made on top of
   * the lost state, so it fails too; the others are applied again and keep their place in line.
   */
  private replayQueue(touched: Set<string>, failure: DomainError): void {
    let data = this.committed;
    const kept: Pending[] = [];
    for (const pending of this.queue) {
      const dependent = pending.scope === 'workspace' ? touched.size > 0 : touched.has(pending.scope.teamId);
      if (dependent) {
        pending.reject(failure);
        continue;
      }
      try {
        data = produce(data, pending.recipe);
        pending.state = data;
        kept.push(pending);
      } catch (error) {
        pending.reject(error);
      }
    }
    this.queue = kept;
    this.data = data;
  }

  private async maybeBackup(): Promise<void> {
    const now = this.now();
    if (now.getTime() - this.lastBackupAt < this.backupIntervalMs) return;
    this.lastBackupAt = now.getTime();
    try {
      await this.backups.keep(JSON.stringify(this.committed), now, '');
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
  const fsys = options.fs ?? nodeFs;
  const dataDir = options.dataDir;
  const backupDir = path.join(dataDir, BACKUP_DIR_NAME);
  await fsys.mkdir(dataDir);
  await makeDurableDir(fsys, backupDir);
  await restrictToOwner(dataDir, OWN_ENTRIES, fsys.chmod);

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
      await keepBackup(backupDir, text, at, '', fsys);
    })().catch(() => {
      // As with the interval backups, a failed backup must not fail the user's saves.
    });
  } else if (loaded.backup) {
    await keepBackup(backupDir, loaded.backup.text, now(), loaded.backup.tag, fsys);
  }
  const files = loaded.readOnly ? null : new DataFiles(dataDir, loaded.onDisk, fsys);
  if (files && loaded.onDisk === null) await files.write(loaded.workspace);
  const verifiedWrite = loaded.verifiedChanged
    ? writeVerified(dataDir, loaded.verified, fsys).catch(() => undefined)
    : Promise.resolve();
  return new FileWorkspaceStore(
    dataDir,
    loaded.workspace,
    files,
    loaded.readOnly,
    loaded.notices,
    now,
    options.backupIntervalMs ?? TEN_MINUTES,
    fsys,
    startupBackup,
    loaded.verified,
    // Files rewritten at open (migration, recovery) hold the JSON of these objects: like changed ones.
    loaded.onDisk === null ? [] : loaded.workspace.teams,
    verifiedWrite,
  );
}
