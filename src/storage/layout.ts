import { isPlainObject } from '../domain/shared/plain-object';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DATA_FILE_NAME } from './data-dir';

/**
 * The per-team file layout (schema version 2): cadence.json is a small index holding the version and
 * the team list in order; each team's document lives in teams/<file>.json, so a change to one team
 * rewrites only that team's file.
 */
export const LAYOUT_MARKER = 'per-team';
export const TEAMS_DIR_NAME = 'teams';

export interface WorkspaceIndex {
  schemaVersion: number;
  layout: typeof LAYOUT_MARKER;
  teams: { id: string }[];
}

export function indexPath(dataDir: string): string {
  return path.join(dataDir, DATA_FILE_NAME);
}

export function teamsDir(dataDir: string): string {
  return path.join(dataDir, TEAMS_DIR_NAME);
}

/** A file name derived from the id alone (never a path taken from the file), safe on every file system. */
export function teamFileName(teamId: string): string {
  if (/^[A-Za-z0-9_-]{1,64}$/.test(teamId)) return `${teamId}.json`;
  return `team-${createHash('sha256').update(teamId).digest('hex').slice(0, 32)}.json`;
}

export function teamPath(dataDir: string, teamId: string): string {
  return path.join(teamsDir(dataDir), teamFileName(teamId));
}

export function encodeIndex(schemaVersion: number, teamIds: readonly string[]): string {
  const index: WorkspaceIndex = { schemaVersion, layout: LAYOUT_MARKER, teams: teamIds.map((id) => ({ id })) };
  return JSON.stringify(index);
}

/** An index names the layout and lists team ids only; anything else is a whole workspace document. */
export function asIndex(raw: unknown): WorkspaceIndex | null {
  if (!isPlainObject(raw) || raw.layout !== LAYOUT_MARKER || !Array.isArray(raw.teams)) return null;
  if (typeof raw.schemaVersion !== 'number') return null;
  const teams: { id: string }[] = [];
  for (const entry of raw.teams) {
    if (!isPlainObject(entry) || typeof entry.id !== 'string' || entry.id.length === 0 || entry.id.length > 64)
      return null;
    teams.push({ id: entry.id });
  }
  return { schemaVersion: raw.schemaVersion, layout: LAYOUT_MARKER, teams };
}
