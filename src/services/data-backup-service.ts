import { castDraft } from 'immer';
import { unreadableFile } from '../domain/shared/disk-failure';
import { DomainError, invalid } from '../domain/shared/errors';
import { teamWithTimersPaused } from '../domain/team/timers-paused';
import type { Workspace } from '../domain/workspace';
import type { ServiceContext } from './context';
import type { BackupList, BackupTaken, ReplaceResult } from './data-types';
import { forgetEverythingKept } from './kept-for-undo';

export async function listBackups(ctx: ServiceContext): Promise<BackupList> {
  return { folder: ctx.store.backups.folder, backups: await ctx.store.backups.list() };
}

/** Refuses a change to data a newer Cadence wrote (open read-only), before any backup is taken for it. */
export function assertWritable(ctx: ServiceContext): void {
  if (ctx.store.readOnly) {
    throw new DomainError(
      'read_only',
      'This data file was written by a newer version of Cadence, so it is open read-only. Upgrade Cadence to restore or import.',
    );
  }
}

/** Writes what is on disk now into the backups folder under a tag. */
async function writeSnapshotBackup(ctx: ServiceContext, tag: string): Promise<BackupTaken> {
  await ctx.store.flush();
  const at = ctx.now();
  const snapshot = ctx.store.snapshot();
  const name = await ctx.store.backups.keep(JSON.stringify(snapshot), at, tag);
  return { name, createdAt: at.toISOString(), teams: snapshot.teams.map((t) => t.name) };
}

/** A backup of the data as it is before a change, and answers the backup's name. */
export async function takeSafetyBackup(ctx: ServiceContext, tag: string): Promise<string> {
  return (await writeSnapshotBackup(ctx, tag)).name;
}

/** The tag of a backup taken with "Back up now". */
export const MANUAL_BACKUP_TAG = 'manual';

/** "Back up now": the data as it is on disk now, kept like the automatic backups. */
export function backupNow(ctx: ServiceContext): Promise<BackupTaken> {
  return writeSnapshotBackup(ctx, MANUAL_BACKUP_TAG);
}

/** A workspace as it comes in from a file written at `writtenAt`: each team's timers paused (teamWithTimersPaused). */
export function withTimersPaused(workspace: Workspace, writtenAt: string): Workspace {
  return { ...workspace, teams: workspace.teams.map((team) => teamWithTimersPaused(team, writtenAt)) };
}

/** Swaps the whole workspace for a validated one, after backing up the current data. All or nothing. */
export async function replaceWorkspace(ctx: ServiceContext, next: Workspace, tag: string): Promise<ReplaceResult> {
  assertWritable(ctx);
  const safetyBackup = await takeSafetyBackup(ctx, tag);
  const ws = await ctx.store.mutate('workspace', (draft) => {
    Object.assign(draft, castDraft(next));
  });
  // An Undo offered before (a deletion, a removed review block, a calendar import) would act on data that is no
  // longer the data it changed: a deleted item put back into a restored backlog that never held it.
  forgetEverythingKept(ctx.store);
  return { safetyBackup, teams: ws.teams.map((t) => t.name) };
}

/**
 * The text of a backup to restore, or null when it is gone. A file there that cannot be read is said as such, with its
 * path: the api would otherwise take the system's refused "open" for a backups folder Cadence may not write in.
 */
async function readBackup(ctx: ServiceContext, name: string): Promise<string | null> {
  const { backups } = ctx.store;
  try {
    return await backups.read(name);
  } catch (error) {
    const file = (error as { path?: unknown } | null)?.path;
    throw unreadableFile(error, {
      file: typeof file === 'string' ? `The backup ${file}` : `The backup ${name} in ${backups.folder}`,
      folder: backups.folder,
      outcome: 'nothing was changed',
    });
  }
}

export async function restoreBackup(ctx: ServiceContext, input: { name: string }): Promise<ReplaceResult> {
  assertWritable(ctx);
  const { backups } = ctx.store;
  if (!backups.isBackupName(input.name)) throw invalid('name', 'That is not the name of a Cadence backup.');
  const text = await readBackup(ctx, input.name);
  if (text === null) {
    throw new DomainError(
      'not_found',
      `The backup ${input.name} is no longer in the backups folder. Nothing was changed.`,
    );
  }
  const decoded = ctx.store.decode(text);
  if (decoded.kind === 'newer') {
    throw invalid(
      'name',
      `The backup ${input.name} was written by a newer version of Cadence; upgrade to restore it. Nothing was changed.`,
    );
  }
  if (decoded.kind === 'damaged') {
    throw invalid('name', `The backup ${input.name} cannot be restored: ${decoded.reason}. Nothing was changed.`);
  }
  // The backup's timers as they stood when it was taken (its name says when; see withTimersPaused).
  const restored = withTimersPaused(decoded.workspace, backups.takenAt(input.name) ?? '');
  return replaceWorkspace(ctx, restored, 'before-restore');
}

/** Desktop only: shows the backups folder in the file manager. The renderer never chooses the path. */
export async function openBackupsFolder(
  ctx: ServiceContext,
  openFolder: ((folder: string) => Promise<void>) | undefined,
): Promise<{ folder: string }> {
  if (!openFolder) {
    throw new DomainError(
      'unsupported',
      `Opening folders works in the desktop app only. The backups are in ${ctx.store.backups.folder}.`,
    );
  }
  const { folder } = ctx.store.backups;
  try {
    await openFolder(folder);
  } catch (error) {
    // Trying again fails the same way: the path lets the person open the folder by hand.
    const why = error instanceof Error ? error.message : String(error);
    throw new DomainError(
      'unsupported',
      `The file manager could not open the backups folder (${why}). Open it yourself: it is ${folder}.`,
    );
  }
  return { folder };
}
