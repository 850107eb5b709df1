import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { readBackupContents, type BackupContents } from './backup-summaries';
import { makeDurableDir, nodeFs, type FileData, type StorageFs } from './file-system';
import { BEFORE_SYNC_TAG, type BackupStore } from '../services/store';
import type { BackupSummary } from '../services/data-types';
import { decodeWorkspace } from './decode';
import { compareInstants } from '../domain/planning/calendar';
import { machineTimeZone } from '../domain/shared/time-zone';
import { dateInZone } from '../domain/shared/zoned-time';

const PREFIX = 'cadence-';
const SUFFIX = '.json';
export const KEEP_RECENT = 20;
export const KEEP_DAILY_DAYS = 7;

export interface BackupFile {
  name: string;
  path: string;
  createdAt: string;
  size: number;
}

/** 2026-11-27T09:30:00.123Z -> cadence-20261127T093000123Z.json: sortable and safe on every file system. */
export function backupName(at: Date, tag = ''): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return `${PREFIX}${stamp}${tag ? `-${tag}` : ''}${SUFFIX}`;
}

const BACKUP_NAME = /^cadence-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z(?:-([a-z0-9-]+))?\.json$/;

/** True only for names this module writes: no separators, no dots but the extension, so never a path escape. */
export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

function parseBackupTime(name: string): Date | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}

/** A backup as the folder lists it, with what tells a file changed since it was last read. */
export interface ListedBackup extends BackupFile {
  modifiedMs: number;
}

export async function listBackups(dir: string): Promise<ListedBackup[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: ListedBackup[] = [];
  for (const name of names) {
    const at = parseBackupTime(name);
    if (!at) continue;
    const file = path.join(dir, name);
    const stats = await statsUnlessGone(file);
    if (stats) {
      found.push({ name, path: file, createdAt: at.toISOString(), size: stats.size, modifiedMs: stats.mtimeMs });
    }
  }
  return found.sort(newestFirst);
}

/** Orders backups newest first by the moment each was taken (compareInstants), never by the text of its time. */
function newestFirst(a: BackupFile, b: BackupFile): number {
  return compareInstants(b.createdAt, a.createdAt);
}

/**
 * The file's size and modification time, or null when it left the folder after the folder was listed: pruned
 * meanwhile by another backup taken at the same time (Back up now while the 10-minute backup runs). Any other
 * failure is the folder's, and is thrown.
 */
async function statsUnlessGone(file: string): Promise<{ size: number; mtimeMs: number } | null> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes a backup and prunes the folder to the keeping rules; answers the backup's file name. */
export async function keepBackup(
  dir: string,
  text: FileData,
  at: Date,
  tag = '',
  fsys: StorageFs = nodeFs,
): Promise<string> {
  await makeDurableDir(fsys, dir);
  const name = backupName(at, tag);
  await writeFileAtomic(path.join(dir, name), text, fsys);
  await pruneBackups(dir, at, fsys);
  return name;
}

/** The tag of the backup taken before a format upgrade; the only copy of the old file, so never pruned. */
export const BEFORE_MIGRATION_TAG = 'before-migration';

function isBeforeMigration(name: string): boolean {
  return name.includes(`-${BEFORE_MIGRATION_TAG}-v`);
}

/**
 * The backups taken without a person asking: the automatic ones (no tag), and a sync's, taken at every merge that
 * brings changes in (many a day while two machines share a team). Every other tag is a person's own action (Back up
 * now; before a restore, an import, a team's deletion, a join) and its backup the way back from it.
 */
const AUTOMATIC_TAGS: ReadonlySet<string> = new Set(['', BEFORE_SYNC_TAG]);

/** True for a backup a person's action took (see AUTOMATIC_TAGS). */
function isForAnAction(name: string): boolean {
  return !AUTOMATIC_TAGS.has(BACKUP_NAME.exec(name)?.[8] ?? '');
}

/**
 * The backups to delete: all but the newest KEEP_RECENT, the newest of each of the last
 * KEEP_DAILY_DAYS days, every backup a person's action took in those days (a team deleted in the morning is still
 * in its backup when it is missed in the afternoon, after a day of automatic backups), and every backup taken
 * before a format upgrade. A day is one of this machine's clock, read at each prune (a laptop carried to another zone):
 * the day's backup kept is the last of that working day, not the last before midnight UTC (15:59 in California).
 */
export function backupsToPrune(backups: readonly BackupFile[], now: Date): BackupFile[] {
  const zone = machineTimeZone();
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set(sorted.slice(0, KEEP_RECENT).map((b) => b.name));
  for (const b of sorted) if (isBeforeMigration(b.name)) keep.add(b.name);
  const oldestDaily = now.getTime() - KEEP_DAILY_DAYS * 86_400_000;
  const seenDays = new Set<string>();
  for (const b of sorted) {
    if (Date.parse(b.createdAt) < oldestDaily) continue;
    const day = dateInZone(b.createdAt, zone);
    if (!seenDays.has(day) || isForAnAction(b.name)) keep.add(b.name);
    seenDays.add(day);
  }
  return sorted.filter((b) => !keep.has(b.name));
}

async function pruneBackups(dir: string, now: Date, fsys: StorageFs = nodeFs): Promise<void> {
  for (const b of backupsToPrune(await listBackups(dir), now)) await fsys.rm(b.path);
}

/** The newest backup that decodes to a valid workspace, or null. */
export async function newestGoodBackup(dir: string): Promise<{ file: BackupFile; text: string } | null> {
  for (const file of await listBackups(dir)) {
    const text = await fs.readFile(file.path, 'utf8').catch(() => null);
    if (text !== null && decodeWorkspace(text).kind === 'ok') return { file, text };
  }
  return null;
}

/** What a backup held when it was last read, by its name: still true while its size and modification time are. */
export type KnownBackups = Map<string, { size: number; modifiedMs: number; contents: BackupContents }>;

/**
 * The backups as the Backups screen lists them. Their contents are read off the thread that answers
 * api calls (backup-summaries.ts), and only those of files new or changed since `known` was filled: the list is
 * shown again after every backup and sync, and a large workspace's backups are tens of megabytes each. Restoring one
 * validates it in full.
 */
export async function summarizeBackups(dir: string, known: KnownBackups = new Map()): Promise<BackupSummary[]> {
  const files = await listBackups(dir);
  const unchanged = (f: ListedBackup) => {
    const was = known.get(f.name);
    return was !== undefined && was.size === f.size && was.modifiedMs === f.modifiedMs;
  };
  const toRead = files.filter((f) => !unchanged(f));
  const read = await readBackupContents(toRead.map((f) => f.path));
  const readNow = new Map(toRead.map((f, i) => [f.name, read[i]]));
  // Pruned files are forgotten, so what is known never outgrows the folder.
  const listed = new Set(files.map((f) => f.name));
  for (const name of known.keys()) if (!listed.has(name)) known.delete(name);
  for (const file of toRead) {
    const contents = readNow.get(file.name);
    // A failed read is not kept: fixing the file's permissions leaves its time as it was, and it is read again.
    if (contents && !contents.gone && !contents.readFailed) {
      known.set(file.name, { size: file.size, modifiedMs: file.modifiedMs, contents });
    } else known.delete(file.name);
  }
  return files.flatMap((file) => {
    const {
      teams = null,
      problem = 'the file could not be read',
      gone = false,
    } = readNow.get(file.name) ?? known.get(file.name)?.contents ?? {};
    // Pruned between the listing and the reading of its contents: it is no longer a backup to offer.
    return gone ? [] : [{ name: file.name, createdAt: file.createdAt, size: file.size, teams, problem }];
  });
}

/** Reads one backup by name; the name is checked first so no other file can be read. */
export async function readBackup(dir: string, name: string): Promise<string | null> {
  if (!isBackupName(name)) return null;
  try {
    return await fs.readFile(path.join(dir, name), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The backups folder behind the store's port: what the Data screen lists, "Back up now" and restore use. */
export function folderBackups(dir: string, fsys: StorageFs = nodeFs): BackupStore {
  const known: KnownBackups = new Map();
  return {
    folder: dir,
    list: () => summarizeBackups(dir, known),
    keep: (text, at, tag) => keepBackup(dir, text, at, tag, fsys),
    isBackupName,
    read: (name) => readBackup(dir, name),
    takenAt: (name) => parseBackupTime(name)?.toISOString() ?? null,
  };
}
