import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { readBackupContents } from './backup-summaries';
import { makeDurableDir, nodeFs, type FileData, type StorageFs } from './file-system';
import type { BackupStore } from '../services/store';
import type { BackupSummary } from '../services/data-types';
import { decodeWorkspace } from './decode';
import { compareInstants } from '../domain/planning/calendar';

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

export async function listBackups(dir: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const at = parseBackupTime(name);
    if (!at) continue;
    const file = path.join(dir, name);
    const size = await sizeUnlessGone(file);
    if (size !== null) found.push({ name, path: file, createdAt: at.toISOString(), size });
  }
  return found.sort(newestFirst);
}

/** Orders backups newest first by the moment each was taken (compareInstants), never by the text of its time. */
function newestFirst(a: BackupFile, b: BackupFile): number {
  return compareInstants(b.createdAt, a.createdAt);
}

/**
 * The file's size, or null when it left the folder after the folder was listed: pruned meanwhile by another backup
 * taken at the same time (Back up now while the 10-minute backup runs). Any other failure is the folder's, and is
 * thrown.
 */
async function sizeUnlessGone(file: string): Promise<number | null> {
  try {
    return (await fs.stat(file)).size;
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
const AUTOMATIC_TAGS: ReadonlySet<string> = new Set(['', 'before-sync']);

/** True for a backup a person's action took (see AUTOMATIC_TAGS). */
function isForAnAction(name: string): boolean {
  return !AUTOMATIC_TAGS.has(BACKUP_NAME.exec(name)?.[8] ?? '');
}

/**
 * The backups to delete: all but the newest KEEP_RECENT, the newest of each of the last
 * KEEP_DAILY_DAYS days, every backup a person's action took in those days (a team deleted in the morning is still
 * in its backup when it is missed in the afternoon, after a day of automatic backups), and every backup taken
 * before a format upgrade.
 */
export function backupsToPrune(backups: readonly BackupFile[], now: Date): BackupFile[] {
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set(sorted.slice(0, KEEP_RECENT).map((b) => b.name));
  for (const b of sorted) if (isBeforeMigration(b.name)) keep.add(b.name);
  const oldestDaily = now.getTime() - KEEP_DAILY_DAYS * 86_400_000;
  const seenDays = new Set<string>();
  for (const b of sorted) {
    if (Date.parse(b.createdAt) < oldestDaily) continue;
    const day = b.createdAt.slice(0, 10);
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

/**
 * The backups as the Backups screen lists them. Their contents are read off the thread that answers
 * api calls (backup-summaries.ts); restoring one validates it in full.
 */
export async function summarizeBackups(dir: string): Promise<BackupSummary[]> {
  const files = await listBackups(dir);
  const contents = await readBackupContents(files.map((f) => f.path));
  return files.flatMap((file, i) => {
    const { teams = null, problem = 'the file could not be read', gone = false } = contents[i] ?? {};
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
  return {
    folder: dir,
    list: () => summarizeBackups(dir),
    keep: (text, at, tag) => keepBackup(dir, text, at, tag, fsys),
    isBackupName,
    read: (name) => readBackup(dir, name),
    takenAt: (name) => parseBackupTime(name)?.toISOString() ?? null,
  };
}
