import type { SyncReport, SyncStatus } from './contract/sync';
import type { ConflictDecision } from '../domain/sync/model';

/**
 * Sharing teams through Git as the api's handlers see it: present in browser mode, the desktop app and the
 * command line; absent in tests that do not need it. The implementation lives in src/sync.
 */
export interface SyncPort {
  list(): SyncStatus[];
  share(input: { teamId: string; remote: string; token?: string | undefined; author: string }): Promise<SyncReport>;
  join(input: { remote: string; token?: string | undefined; author: string }): Promise<SyncReport>;
  sync(teamId: string): Promise<SyncReport>;
  resolve(teamId: string, decisions: ConflictDecision[]): Promise<SyncReport>;
  replaceToken(teamId: string, token: string): Promise<SyncReport>;
  /** Keeps another name for the team's later commits; a name git would refuse is refused, the old one kept. */
  setAuthor(teamId: string, author: string): Promise<SyncStatus>;
  stop(teamId: string): Promise<void>;
}
