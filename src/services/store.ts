import type { Draft } from 'immer';
import type { TeamSummary } from '../domain/team/summary';
import type { TeamDoc, Workspace } from '../domain/workspace';
import type { BackupSummary } from './data-types';

/** What a mutation touches: one team's data, or the workspace as a whole (team list, imports). */
export type MutationScope = { teamId: string } | 'workspace';

export interface StoreNotice {
  kind: 'recovered' | 'started_empty' | 'newer_version' | 'migrated';
  message: string;
  damagedFile?: string;
  backupFile?: string;
}

/**
 * The tag of the backup a sync takes before it merges changes in. It is taken at every such merge, many a day while
 * two machines share a team, so the backups folder prunes it as it does the automatic ones.
 */
export const BEFORE_SYNC_TAG = 'before-sync';

/** The backups folder: copies of the whole workspace, kept by age (see src/storage/backups.ts). */
export interface BackupStore {
  readonly folder: string;
  /** Every backup, newest first, with the teams inside or why it cannot be restored. */
  list(): Promise<BackupSummary[]>;
  /** Keeps `text` as a backup taken at `at` under `tag`, prunes old ones, and answers its file name. */
  keep(text: string, at: Date, tag: string): Promise<string>;
  /** True only for names of backups Cadence writes (so never a path). */
  isBackupName(name: string): boolean;
  /** The text of one backup, or null when it is not there. */
  read(name: string): Promise<string | null>;
  /** When the backup of that name was taken (ISO-8601), or null for a name Cadence does not write. */
  takenAt(name: string): string | null;
}

/** A whole workspace document read from text, migrated from older formats; never thrown. */
export type DecodedWorkspace =
  | { kind: 'ok'; workspace: Workspace; migratedFrom: number | null }
  | { kind: 'damaged'; reason: string }
  | { kind: 'newer'; version: number; workspace: Workspace | null };

/** The only view services have of storage; the file layout behind it can change freely. */
export interface WorkspaceStore {
  readonly dataDir: string;
  /** The file the data dir is opened by (the index), shown to the user. */
  readonly dataFile: string;
  readonly backups: BackupStore;
  readonly readOnly: boolean;
  readonly notices: readonly StoreNotice[];
  /** Reads a workspace document (an import, a backup) as this store would load it: migrated, validated. */
  decode(text: string): DecodedWorkspace;
  /** The current immutable state. */
  snapshot(): Workspace;
  /**
   * One team of the current state (null when there is none by that id), as `snapshot()` holds it. A
   * store may read a team only when it is first needed: this reads that team alone.
   */
  team(teamId: string): TeamDoc | null;
  /** Every team's summary, in order, without reading whole teams. */
  teamSummaries(): TeamSummary[];
  /**
   * Applies the recipe at once (later reads see it) and resolves with the new state once it is
   * durable on disk. A recipe that throws changes nothing. The store adopts a change only once it is
   * durable: when its write fails the promise rejects with a DomainError saying why (a full disk, a
   * read-only folder), and memory, later reads and disk are as before the change. Changes queued
   * behind it to other teams go on; changes to the same team, made on top of the lost one, fail too.
   */
  mutate(scope: MutationScope, recipe: (draft: Draft<Workspace>) => void): Promise<Workspace>;
  /** Resolves when everything applied so far is on disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
