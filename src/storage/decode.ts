import {
  CURRENT_SCHEMA_VERSION,
  TeamDocSchema,
  WorkspaceSchema,
  type TeamDoc,
  type Workspace,
} from '../domain/workspace';
import { MIGRATIONS } from './migrations';

export type Decoded =
  | { kind: 'ok'; workspace: Workspace; migratedFrom: number | null }
  | { kind: 'damaged'; reason: string }
  | { kind: 'newer'; version: number; workspace: Workspace | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON text to a value, or the reason it is not JSON a person can read. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `the file is not valid JSON (${(error as Error).message})` };
  }
}

/** Runs the append-only migrations from `version` up to the current one. */
export function migrate(doc: Record<string, unknown>, version: number): Record<string, unknown> {
  let next = doc;
  for (const step of MIGRATIONS) {
    if (step.to > version) next = { ...step.up(next), schemaVersion: step.to };
  }
  return next;
}

function describeFirstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const first = error.issues[0];
  const where = first ? first.path.map(String).join('.') || 'the document' : 'the document';
  return `the data does not match the expected shape (at ${where}: ${first?.message ?? 'invalid'})`;
}

/** Validates one team's document (a per-team file). */
export function decodeTeam(raw: unknown): { ok: true; team: TeamDoc } | { ok: false; reason: string } {
  const parsed = TeamDocSchema.safeParse(raw);
  return parsed.success ? { ok: true, team: parsed.data } : { ok: false, reason: describeFirstIssue(parsed.error) };
}

/** Turns a parsed whole-workspace document into a valid workspace, migrating older versions; never throws. */
export function decodeDocument(raw: unknown): Decoded {
  if (!isRecord(raw)) return { kind: 'damaged', reason: 'the file does not hold a Cadence workspace object' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'damaged', reason: 'the file has no valid schemaVersion' };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    const loose = WorkspaceSchema.safeParse({ ...raw, schemaVersion: CURRENT_SCHEMA_VERSION });
    return { kind: 'newer', version, workspace: loose.success ? loose.data : null };
  }
  const parsed = WorkspaceSchema.safeParse(migrate(raw, version));
  if (!parsed.success) return { kind: 'damaged', reason: describeFirstIssue(parsed.error) };
  return { kind: 'ok', workspace: parsed.data, migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version };
}

/** Turns the text of a whole-workspace file (the old layout, or a backup) into a valid workspace; never throws. */
export function decodeWorkspace(text: string): Decoded {
  const json = parseJsonText(text);
  return json.ok ? decodeDocument(json.value) : { kind: 'damaged', reason: json.reason };
}
