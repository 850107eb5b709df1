import path from 'node:path';
import { produce, type Draft } from 'immer';
import { DomainError } from '../domain/shared/errors';
import { summarizeTeam, type TeamSummary } from '../domain/team/summary';
import { CURRENT_SCHEMA_VERSION, type TeamDoc, type Workspace } from '../domain/workspace';
import type { BackupStore, DecodedWorkspace, MutationScope, StoreNotice, WorkspaceStore } from '../services/store';
import { folderBackups, keepBackup } from './backups';
import { decodeWorkspace } from './decode';
import { BACKUP_DIR_NAME, DATA_FILE_NAME, SYNC_DIR_NAME } from './data-dir';
import { DataFiles, teamsChanged } from './data-files';
import { freezeDeep } from '../domain/shared/freeze-deep';
import { yieldToEventLoop } from './event-loop';
import { makeDurableDir, makeFolder, nodeFs, type StorageFs } from './file-system';
import { TEAMS_DIR_NAME } from './layout';
import { loadWorkspace } from './load-workspace';
import type { LoadedTeams } from './loaded-teams';
import { jsonChunks } from './json-chunks';
import { LOCK_FILE_NAME } from './lock';
import { restrictToOwner, type OwnEntries } from './owner-only';
import { saveFailure } from './save-failure';
import { contentHash, sameEntries, VERIFIED_FILE_NAME, writeVerified, type Verified } from './verified-teams';

export interface OpenOptions {
  dataDir: string;
  now?: () => Date;
  /** Minimum gap between backups taken while changes happen. */
  backupIntervalMs?: number;
  /** How long after opening the store waits before its start-up work (see SETTLE_MS). */
  settleMs?: number;
  /** The file-system port storage writes through (tests inject failures and power cuts). */
  fs?: StorageFs;
  /**
   * Reads the folder as it is and never writes to it: no lock, no start-up backup, no migration or
   * recovery written back, a damaged file left where it is; every change is refused. What a dry run
   * needs, safely beside a Cadence that has the folder open (its writes are atomic renames).
   */
  readOnly?: boolean;
  /**
   * Takes the start-up backup only before the first write, never when the store settles or closes: a command
   * line run that changes nothing (refused, or nothing to do) leaves the folder as it was, and a script run
   * often does not push the backups that matter (the one before an import) out of those kept.
   */
  backupOnlyBeforeWrite?: boolean;
}

const NEWER_VERSION_REFUSAL =
  'This data file was written by a newer version of Cadence, so it is open read-only. Upgrade Cadence to make changes.';
const READ_ONLY_REFUSAL = 'The data folder was opened read-only (a dry run), so nothing can be changed.';

/** A change applied in memory and waiting for its write; `state` is the workspace right after it. */
interface Pending {
  scope: MutationScope;
  recipe: (draft: Draft<Workspace>) => void;
  state: Workspace;
  resolve: (state: Workspace) => void;
  reject: (error: unknown) => void;
}

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * How long after opening the store waits before its start-up work (backup, reading the teams not read
 * yet): past the first screen of a large workspace (~2 s from process start, bench/RESULTS.md).
 */
const SETTLE_MS = 3000;

/** What an opened store is made of (see openWorkspaceStore). */
interface StoreParts {
  dataDir: string;
  teams: LoadedTeams;
  /** The files hold exactly `teams` as loaded. */
  filesAsLoaded: boolean;
  /** The files behind the store (null when read-only: nothing is ever written). */
  files: DataFiles | null;
  /** Why every change is refused, or null when the store writes. */
  refusal: string | null;
  notices: StoreNotice[];
  now: () => Date;
  backupIntervalMs: number;
  settleMs: number;
  fsys: StorageFs;
  /** Writes the start-up backup of the files as read (nothing when it was taken at open already). */
  takeStartupBackup: () => Promise<void>;
  /** See OpenOptions.backupOnlyBeforeWrite. */
  backupOnlyBeforeWrite: boolean;
  /** Makes the sync folder owner-only (see SYNC_ENTRIES; nothing when read-only). */
  tightenSync: () => Promise<void>;
  /** Known-valid entries of the teams as loaded (see verified-teams.ts). */
  verified: Verified;
  /** A rewrite of the verified cache started at open, if it was out of date. */
  verifiedWrite: Promise<void>;
}

/** Everything Cadence writes in the data folder, made owner-only when a store opens it. */
const OWN_ENTRIES: OwnEntries = {
  folders: [BACKUP_DIR_NAME, TEAMS_DIR_NAME],
  files: [DATA_FILE_NAME, LOCK_FILE_NAME, VERIFIED_FILE_NAME],
};

/**
 * Sharing's folder (clones, tokens), made owner-only as well, but once the store has had time, as the start-up
 * backup is: a clone's .git can hold tens of thousands of files, a walk the opening window should not wait for.
 */
const SYNC_ENTRIES: OwnEntries = { folders: [SYNC_DIR_NAME], files: [] };

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
  readonly dataDir: string;
  readonly readOnly: boolean;
  readonly notices: StoreNotice[];
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private lastBackupAt: number;
  private closed = false;
  /** Teams opened but not all read yet (loaded-teams.ts); null once the workspace is whole. */
  private unread: LoadedTeams | null;
  /** The state the files on disk hold (null while teams are unread: then it is the teams as loaded). */
  private committedState: Workspace | null = null;
  /** What reads see: the committed state and every change queued on it. */
  private dataState: Workspace | null = null;
  /** The team objects whose files are as they were read; a team still one of these has not changed. */
  private loadedTeams: readonly TeamDoc[] = [];
  private startupBackupTaken: Promise<void> | null = null;
  private syncTightened: Promise<void> | null = null;
  private readonly settleTimer: NodeJS.Timeout;

  constructor(private readonly parts: StoreParts) {
    this.dataDir = parts.dataDir;
    this.readOnly = parts.refusal !== null;
    this.notices = parts.notices;
    this.backups = folderBackups(path.join(parts.dataDir, BACKUP_DIR_NAME), parts.fsys);
    this.dataFile = path.join(parts.dataDir, DATA_FILE_NAME);
    this.lastBackupAt = parts.now().getTime();
    this.unread = parts.teams;
    if (parts.teams.allRead) this.readAll();
    // The start-up backup waits for it whether or not any team is left to read.
    this.settleTimer = setTimeout(() => void this.settle(), parts.settleMs);
    this.settleTimer.unref();
  }

  private get fsys(): StorageFs {
    return this.parts.fsys;
  }

  private get files(): DataFiles | null {
    return this.parts.files;
  }

  private get committed(): Workspace {
    return this.committedState ?? this.readAll();
  }

  private set committed(state: Workspace) {
    this.committedState = state;
  }

  private get data(): Workspace {
    return this.dataState ?? this.readAll();
  }

  private set data(state: Workspace) {
    this.dataState = state;
  }

  /** Makes the workspace whole: every team not read yet is read now. Nothing has changed before this. */
  private readAll(): Workspace {
    const teams = this.unread?.all() ?? [];
    this.unread = null;
    const workspace: Workspace = { schemaVersion: CURRENT_SCHEMA_VERSION, teams };
    this.committedState = workspace;
    this.dataState = workspace;
    if (this.parts.filesAsLoaded) {
      this.loadedTeams = teams;
      this.files?.know(workspace);
    }
    return workspace;
  }

  /**
   * When the store has had time after opening: the start-up backup, then the teams not read yet, one
   * per turn of the event loop, so no later call waits for them all at once, then each team frozen.
   */
  private async settle(): Promise<void> {
    if (!this.parts.backupOnlyBeforeWrite) await this.startupBackup();
    void this.tightenSync();
    while (!this.closed && this.unread?.readNext()) await yieldToEventLoop();
    if (!this.closed && this.unread) this.readAll();
    // Each team frozen whole now, while nothing waits, one per turn: the first change no longer does it.
    for (const team of this.closed ? [] : this.data.teams) {
      freezeDeep(team);
      await yieldToEventLoop();
    }
  }

  /**
   * The backup of the files as read, taken when the store has had time after opening (so it does not
   * compete with the window that is opening), or before the first write or the close if that comes
   * sooner. Either way it holds the state before the first change.
   */
  private startupBackup(): Promise<void> {
    this.startupBackupTaken ??= this.parts.takeStartupBackup();
    return this.startupBackupTaken;
  }

  /** The sync folder made owner-only, once: when the store has had time, or at the close if that comes sooner. */
  private tightenSync(): Promise<void> {
    this.syncTightened ??= this.parts.tightenSync().catch(() => undefined);
    return this.syncTightened;
  }

  snapshot(): Workspace {
    return this.data;
  }

  team(teamId: string): TeamDoc | null {
    if (this.unread) return this.unread.team(teamId);
    return this.data.teams.find((t) => t.id === teamId) ?? null;
  }

  teamSummaries(): TeamSummary[] {
    if (this.unread) return this.unread.summaries();
    return this.data.teams.map(summarizeTeam);
  }

  decode(text: string): DecodedWorkspace {
    return decodeWorkspace(text);
  }

  mutate(scope: MutationScope, recipe: (draft: Draft<Workspace>) => void): Promise<Workspace> {
    if (this.parts.refusal !== null) return Promise.reject(new DomainError('read_only', this.parts.refusal));
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
    clearTimeout(this.settleTimer);
    if (!this.parts.backupOnlyBeforeWrite) await this.startupBackup();
    await this.tightenSync();
    await this.flush();
    this.closed = true;
    await this.parts.verifiedWrite;
    await this.recordVerified();
  }

  /**
   * After the last write every changed team's file holds the JSON of the team in memory, which is
   * valid: record its hash, so the next start can skip validating it (see verified-teams.ts). Teams
   * unchanged since loading keep their entry; a failure here only costs the next start a full
   * validation.
   */
  private async recordVerified(): Promise<void> {
    // Teams still unread have not changed since loading.
    if (this.readOnly || this.unread || this.committed !== this.data) return;
    const loaded = new Map(this.loadedTeams.map((t) => [t.id, t]));
    const entries: Verified = new Map();
    for (const team of this.data.teams) {
      if (loaded.get(team.id) === team) {
        // Unchanged since loading: its file is as it was read.
        const known = this.parts.verified.get(team.id);
        if (known !== undefined) entries.set(team.id, known);
      } else {
        // Changed or new: its file was written as exactly this JSON.
        entries.set(team.id, { hash: contentHash(jsonChunks(team)), summary: summarizeTeam(team) });
      }
    }
    if (sameEntries(entries, this.parts.verified)) return;
    await writeVerified(this.dataDir, entries, this.fsys).catch(() => undefined);
  }

  /** Writes the files that differ from what is on disk; the scope is not trusted, the diff is exact. */
  async persist(target: Workspace): Promise<void> {
    // No data file is replaced before the start-up backup of the state as read is on disk.
    await this.startupBackup();
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
    const now = this.parts.now();
    if (now.getTime() - this.lastBackupAt < this.parts.backupIntervalMs) return;
    this.lastBackupAt = now.getTime();
    try {
      await this.backups.keep(JSON.stringify(this.committed), now, '');
    } catch {
      // A failed backup must not fail the user's save; the next interval tries again.
    }
  }
}

/** The clock, intervals and file-system port of a store, from its options and their defaults. */
function partsFromOptions(options: OpenOptions): Pick<StoreParts, 'now' | 'backupIntervalMs' | 'settleMs' | 'fsys'> {
  return {
    now: options.now ?? (() => new Date()),
    backupIntervalMs: options.backupIntervalMs ?? TEN_MINUTES,
    settleMs: options.settleMs ?? SETTLE_MS,
    fsys: options.fs ?? nodeFs,
  };
}

/**
 * Opens the data dir: validates it, migrates older versions (format 1's single file becomes per-team
 * files), sets damaged files aside and falls back to the newest good backup. Takes a start-up backup
 * of the whole workspace when it loaded intact.
 */
export async function openWorkspaceStore(options: OpenOptions): Promise<WorkspaceStore> {
  if (options.readOnly) return openReadOnly(options);
  const fromOptions = partsFromOptions(options);
  const { now, fsys } = fromOptions;
  const dataDir = options.dataDir;
  const backupDir = path.join(dataDir, BACKUP_DIR_NAME);
  await makeFolder(fsys, dataDir);
  await makeDurableDir(fsys, backupDir);
  await restrictToOwner(dataDir, OWN_ENTRIES, fsys.chmod);

  const loaded = await loadWorkspace(dataDir, backupDir, now());
  // A plain start (files intact, nothing to migrate or rewrite) takes its backup once the store has had
  // time (see startupBackup). Any start that rewrites files at once (migration, recovery) takes it first.
  let takeStartupBackup = () => Promise.resolve();
  if (loaded.backup && loaded.backup.tag === '' && loaded.filesAsLoaded) {
    const { data } = loaded.backup;
    takeStartupBackup = () =>
      keepBackup(backupDir, data, now(), '', fsys).then(
        () => undefined,
        // As with the interval backups, a failed backup must not fail the user's saves.
        () => undefined,
      );
  } else if (loaded.backup) {
    await keepBackup(backupDir, loaded.backup.data, now(), loaded.backup.tag, fsys);
  }
  const files = loaded.readOnly ? null : new DataFiles(dataDir, fsys);
  if (files && !loaded.filesAsLoaded)
    await files.write({ schemaVersion: CURRENT_SCHEMA_VERSION, teams: loaded.teams.all() });
  const verifiedWrite = loaded.verifiedChanged
    ? writeVerified(dataDir, loaded.verified, fsys).catch(() => undefined)
    : Promise.resolve();
  return new FileWorkspaceStore({
    dataDir,
    teams: loaded.teams,
    filesAsLoaded: loaded.filesAsLoaded,
    files,
    refusal: loaded.readOnly ? NEWER_VERSION_REFUSAL : null,
    notices: loaded.notices,
    ...fromOptions,
    takeStartupBackup,
    backupOnlyBeforeWrite: options.backupOnlyBeforeWrite === true,
    tightenSync: () => restrictToOwner(dataDir, SYNC_ENTRIES, fsys.chmod),
    verified: loaded.verified,
    verifiedWrite,
  });
}

/** Opens the folder for reading only (see OpenOptions.readOnly): nothing in it is created, moved or written. */
async function openReadOnly(options: OpenOptions): Promise<WorkspaceStore> {
  const fromOptions = partsFromOptions(options);
  const { dataDir } = options;
  const loaded = await loadWorkspace(dataDir, path.join(dataDir, BACKUP_DIR_NAME), fromOptions.now(), {
    readOnly: true,
  });
  return new FileWorkspaceStore({
    dataDir,
    teams: loaded.teams,
    filesAsLoaded: loaded.filesAsLoaded,
    files: null,
    refusal: READ_ONLY_REFUSAL,
    notices: loaded.notices,
    ...fromOptions,
    takeStartupBackup: () => Promise.resolve(),
    backupOnlyBeforeWrite: false,
    tightenSync: () => Promise.resolve(),
    verified: loaded.verified,
    verifiedWrite: Promise.resolve(),
  });
}
