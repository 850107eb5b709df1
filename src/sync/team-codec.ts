import type { ConflictDecision, SyncConflict } from '../domain/sync/model';
import type { TeamDoc } from '../domain/workspace';

/** What decodeTeamFile answers (src/domain/sync/team-file.ts). */
export type DecodedTeamFile =
  | { ok: true; team: TeamDoc }
  | { ok: false; message: string; newer?: true }
  | { ok: 'older'; schemaVersion: number; raw: unknown };

export interface MergeResult {
  team: TeamDoc;
  conflicts: SyncConflict[];
  notes: string[];
}

/**
 * The pure half of sharing (src/domain/sync): the team file's text, the three-way merge, commit messages in
 * words, and what may leave the machine. A port, so the engine's tests can name each piece.
 */
export interface TeamCodec {
  encode(team: TeamDoc): string;
  /** `known`: this machine's team, whose unchanged records need no second validation. */
  decode(text: string, known?: TeamDoc | null): DecodedTeamFile;
  merge(base: TeamDoc | null, mine: TeamDoc, theirs: TeamDoc, decisions?: ConflictDecision[]): MergeResult;
  describe(before: TeamDoc | null, after: TeamDoc): string;
  /** `remote`: the team the remote already holds, whose cards hidden again here are still sent. */
  forRemote(team: TeamDoc, remote: TeamDoc | null): TeamDoc;
}
