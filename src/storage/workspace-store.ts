import { promises as fs } from 'node:fs';
import path from 'node:path';
import { produce, type Draft } from 'immer';
import { Low } from 'lowdb';
import { DomainError } from '../domain/shared/errors';
import { emptyWorkspace, type Workspace } from '../domain/workspace';
import type { MutationScope, StoreNotice, WorkspaceStore } from '../services/store';
import { pruneBackups, newestGoodBackup, writeBackup } from './backups';
import { BACKUP_DIR_NAME, DATA_FILE_NAME } from './data-dir';
import { decodeWorkspace } from './decode';
import { DurableJSONFile, readTextIfExists } from './durable-json-file';

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

/** Sets a file that does not load aside, never overwriting or deleting it. */
async function setAside(file: string, at: Date): Promise<string> {
  const aside = `${file}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
  await fs.rename(file, aside);
  return aside;
}

class FileWorkspaceStore implements WorkspaceStore {
  readonly backupDir: string;
  private pending: Waiter[] = [];
  private flushing: Promise<void> | null = null;
  private lastBackupAt: number;
  private closed = false;

  constructor(
    readonly dataDir: string,
    private readonly db: Low<Workspace>,
    readonly readOnly: boolean,
    readonly notices: StoreNotice[],
    private readonly now: () => Date,
    private readonly backupIntervalMs: number,
  ) {
    this.backupDir = path.join(dataDir, BACKUP_DIR_NAME);
    this.lastBackupAt = now().getTime();
  }

  snapshot(): Workspace {
    return this.db.data;
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
      next = produce(this.db.data, (draft) => {
        recipe(draft);
      });
    } catch (error) {
      return Promise.reject(error);
    }
    this.db.data = next;
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.startFlush();
    }).then(() => next);
  }

  flush(): Promise<void> {
    return this.flushing ?? Promise.resolve();
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }

  private startFlush(): void {
    if (!this.flushing) this.flushing = this.flushLoop();
  }

  /** One write at a time; every mutation that arrives meanwhile shares the next write. */
  private async flushLoop(): Promise<void> {
    try {
      // Let mutations from the same burst of events join this write.
      await new Promise((r) => setImmediate(r));
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0);
        try {
          await this.db.write();
          batch.forEach((w) => w.resolve());
        } catch (error) {
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
      await writeBackup(this.backupDir, JSON.stringify(this.db.data), now);
      await pruneBackups(this.backupDir, now);
    } catch {
      // A failed backup must not fail the user's save; the next interval tries again.
    }
  }
}

/**
 * Opens the data file: validates it, migrates older versions, sets a damaged file aside and
 * falls back to the newest good backup. Takes a start-up backup of a good file.
 */
export async function openWorkspaceStore(options: OpenOptions): Promise<WorkspaceStore> {
  const now = options.now ?? (() => new Date());
  const dataDir = options.dataDir;
  const file = path.join(dataDir, DATA_FILE_NAME);
  const backupDir = path.join(dataDir, BACKUP_DIR_NAME);
  await fs.mkdir(backupDir, { recursive: true });

  const adapter = new DurableJSONFile<Workspace>(file);
  const db = new Low<Workspace>(adapter, emptyWorkspace());
  const notices: StoreNotice[] = [];
  let readOnly = false;
  let needsWrite = false;

  const text = await readTextIfExists(file);
  if (text === null) {
    needsWrite = true;
  } else {
    const decoded = decodeWorkspace(text);
    if (decoded.kind === 'ok') {
      db.data = decoded.workspace;
      await writeBackup(
        backupDir,
        text,
        now(),
        decoded.migratedFrom ? `before-migration-v${decoded.migratedFrom}` : '',
      );
      await pruneBackups(backupDir, now());
      if (decoded.migratedFrom !== null) {
        needsWrite = true;
        notices.push({
          kind: 'migrated',
          message: `Your data was upgraded from format version ${decoded.migratedFrom}. A copy of the old file is in the backups folder.`,
        });
      }
    } else if (decoded.kind === 'newer') {
      readOnly = true;
      db.data = decoded.workspace ?? emptyWorkspace();
      notices.push({
        kind: 'newer_version',
        message: `This data file was written by a newer version of Cadence (format ${decoded.version}). It is open read-only and will not be changed; upgrade Cadence to edit it.`,
      });
    } else {
      const damagedFile = await setAside(file, now());
      const backup = await newestGoodBackup(backupDir);
      needsWrite = true;
      if (backup) {
        const restored = decodeWorkspace(backup.text);
        if (restored.kind === 'ok') db.data = restored.workspace;
        notices.push({
          kind: 'recovered',
          message: `The data file could not be read (${decoded.reason}). It was kept as ${path.basename(damagedFile)} and Cadence opened the newest good backup from ${backup.file.createdAt}.`,
          damagedFile,
          backupFile: backup.file.path,
        });
      } else {
        notices.push({
          kind: 'started_empty',
          message: `The data file could not be read (${decoded.reason}) and there is no good backup. It was kept as ${path.basename(damagedFile)}; Cadence started with empty data.`,
          damagedFile,
        });
      }
    }
  }
  if (needsWrite) await db.write();
  return new FileWorkspaceStore(dataDir, db, readOnly, notices, now, options.backupIntervalMs ?? TEN_MINUTES);
}
