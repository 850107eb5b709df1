import type { z } from 'zod';
import {
  CURRENT_SCHEMA_VERSION,
  TeamDocSchema,
  WorkspaceSchema,
  type TeamDoc,
  type Workspace,
} from '../domain/workspace';
import { isPlainObject } from '../domain/shared/plain-object';
import { withUniqueChecklistIds } from '../domain/team/checklist-ids';
import { firstIssueAt } from '../domain/shared/errors';
import type { DecodedWorkspace } from '../services/store';
import { MIGRATIONS, type Migration } from './migrations';
import { runMigrations } from './migrations/run';

export type Decoded<T = Workspace> =
  | { kind: 'ok'; workspace: T; migratedFrom: number | null }
  | { kind: 'damaged'; reason: string }
  | { kind: 'newer'; version: number; workspace: T | null };

/** The version a decoder produces and the schema that validates it. */
export interface DecodeTarget<T> {
  version: number;
  schema: z.ZodType<T>;
}

/** Parses, migrates and validates a versioned JSON document; never throws. */
export function decodeDocument<T>(text: string, migrations: readonly Migration[], target: DecodeTarget<T>): Decoded<T> {
  if (text.trim() === '') return { kind: 'damaged', reason: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // The parser quotes the text it choked on: keep that to one short line for the person reading it.
    const detail = (error as Error).message.replace(/\s+/g, ' ').slice(0, 160);
    return { kind: 'damaged', reason: `the file is not valid JSON (${detail})` };
  }
  if (!isPlainObject(raw)) return { kind: 'damaged', reason: 'the file does not hold a Cadence workspace object' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'damaged', reason: 'the file has no valid schemaVersion' };
  }
  if (version > target.version) {
    const loose = target.schema.safeParse({ ...raw, schemaVersion: target.version });
    return { kind: 'newer', version, workspace: loose.success ? loose.data : null };
  }
  let doc: Record<string, unknown>;
  try {
    doc = runMigrations(raw, version, migrations);
  } catch (error) {
    return { kind: 'damaged', reason: `the data could not be upgraded from version ${version} (${String(error)})` };
  }
  const parsed = target.schema.safeParse(doc);
  if (!parsed.success) {
    return {
      kind: 'damaged',
      reason: `the data does not match the expected shape (${firstIssueAt(parsed.error, 'the document')})`,
    };
  }
  return { kind: 'ok', workspace: parsed.data, migratedFrom: version === target.version ? null : version };
}

/** Turns the text of a data file into a valid workspace, migrating older versions; never throws. */
export function decodeWorkspace(text: string, migrations: readonly Migration[] = MIGRATIONS): DecodedWorkspace {
  const decoded = decodeDocument(text, migrations, { version: CURRENT_SCHEMA_VERSION, schema: WorkspaceSchema });
  // An import, a backup or a whole-workspace file: entries of a Definition of Ready or Done get ids of their own.
  if (decoded.kind !== 'ok') return decoded;
  const teams = decoded.workspace.teams.map(withUniqueChecklistIds);
  if (teams.every((team, i) => team === decoded.workspace.teams[i])) return decoded;
  return { ...decoded, workspace: { ...decoded.workspace, teams } };
}

/** JSON text to a value, or the reason it is not JSON a person can read. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = (error as Error).message.replace(/\s+/g, ' ').slice(0, 160);
    return { ok: false, reason: `the file is not valid JSON (${detail})` };
  }
}

/** Validates one team's document (a per-team file). */
export function decodeTeam(raw: unknown): { ok: true; team: TeamDoc } | { ok: false; reason: string } {
  const parsed = TeamDocSchema.safeParse(raw);
  if (parsed.success) return { ok: true, team: parsed.data };
  return {
    ok: false,
    reason: `the data does not match the expected shape (${firstIssueAt(parsed.error, 'the document')})`,
  };
}
