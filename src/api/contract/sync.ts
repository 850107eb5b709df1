import { z } from 'zod';
import { IdSchema } from '../../domain/shared/ids';
import type { SyncConflict } from '../../domain/sync/model';
import { method } from '../define';

export type { SyncConflict } from '../../domain/sync/model';

/**
 * Where a shared team stands, as the header and Data & backups show it:
 * - in_sync: nothing to send, the remote answered at the last try;
 * - pending: local changes wait to be sent (`pendingChanges` of them);
 * - offline: the remote did not answer; changes wait;
 * - denied: the remote answered but did not accept the token (or the ssh key); changes wait for a new one;
 * - conflicts: a decision is needed (`conflicts`); the team is neither merged nor pushed until then;
 * - syncing: a sync is running now;
 * - refused: the remote sent something Cadence will not take (a damaged or newer-format file), `message` says what.
 */
export type SyncState = 'in_sync' | 'pending' | 'offline' | 'denied' | 'conflicts' | 'syncing' | 'refused';

export interface SyncStatus {
  teamId: string;
  /** The remote as shown to people: never with a token or password in it. */
  remote: string;
  /** The name this machine's commits for the team are made under ("Ana (Cadence)"). */
  author: string;
  state: SyncState;
  pendingChanges: number;
  /** ISO time of the last sync that reached the remote; null before the first. */
  lastSyncedAt: string | null;
  /** A sentence for the state when it needs one ("Cannot reach gitlab.example.com: …"); never a token. */
  message: string | null;
  conflicts: SyncConflict[];
  /** Sentences the last merge wants people to know ("“Rotate certs” was deleted on the other machine and came back with your edit."). */
  notes: string[];
}

/** What one sync did, for the toast and the command line's last line. */
export interface SyncReport {
  status: SyncStatus;
  pulled: number;
  pushed: number;
  conflicts: number;
}

/**
 * A remote as typed: https or ssh URLs, scp-like `git@host:path`, or a local path (a bare repository on a
 * shared drive); plain http only on loopback. The sync layer parses and checks it again before use.
 */
const RemoteSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the remote: an https or ssh URL, or a folder path.' })
  .max(2000);
/** A personal access token: kept by the app (safeStorage / an owner-only file), never in a URL or git config. */
const TokenSchema = z.string().trim().min(1).max(1000).optional();
/** The name commits are made under ("Ana (Cadence)"). */
const AuthorSchema = z.string().trim().min(1, { error: 'Give the name commits are made under.' }).max(120);

export const syncContract = {
  /** The sync state of every shared team (teams not shared are absent). */
  listSyncStatus: method<SyncStatus[]>()(z.object({}).strict()),
  /** Shares this team: the remote must be empty or hold this same team (matched by id). */
  shareTeam: method<SyncReport>()(
    z.object({ teamId: IdSchema, remote: RemoteSchema, token: TokenSchema, author: AuthorSchema }).strict(),
  ),
  /** Brings in the team a remote holds (matched by id, not by name); refused if this folder already has it. */
  joinSharedTeam: method<SyncReport>()(
    z.object({ remote: RemoteSchema, token: TokenSchema, author: AuthorSchema }).strict(),
  ),
  /** Pulls, merges and pushes now. */
  syncTeam: method<SyncReport>()(z.object({ teamId: IdSchema }).strict()),
  /** Decides every open conflict (each key once), then merges, writes and pushes. */
  resolveSyncConflicts: method<SyncReport>()(
    z
      .object({
        teamId: IdSchema,
        decisions: z
          .array(z.object({ key: z.string().min(1).max(500), keep: z.enum(['mine', 'theirs']) }).strict())
          .min(1)
          .max(10_000),
      })
      .strict(),
  ),
  /** Keeps a new token for a shared team (an expired or revoked one is replaced), then syncs with it. */
  replaceSyncToken: method<SyncReport>()(
    z
      .object({ teamId: IdSchema, token: z.string().trim().min(1, { error: 'Give the new token.' }).max(1000) })
      .strict(),
  ),
  /** Makes this machine's later commits for a shared team under another name (checked as share and join check it). */
  setSyncAuthor: method<SyncStatus>()(z.object({ teamId: IdSchema, author: AuthorSchema }).strict()),
  /** Stops sharing on this machine: the local clone and stored token go; the team and the remote stay. */
  stopSharing: method<{ stopped: true }>()(z.object({ teamId: IdSchema }).strict()),
};
