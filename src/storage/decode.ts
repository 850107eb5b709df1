import { CURRENT_SCHEMA_VERSION, WorkspaceSchema, type Workspace } from '../domain/workspace';
import { MIGRATIONS } from './migrations';

export type Decoded =
  | { kind: 'ok'; workspace: Workspace; migratedFrom: number | null }
  | { kind: 'damaged'; reason: string }
  | { kind: 'newer'; version: number; workspace: Workspace | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns the text of a data file into a valid workspace, migrating older versions; never throws. */
export function decodeWorkspace(text: string): Decoded {
  if (text.trim() === '') return { kind: 'damaged', reason: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: 'damaged', reason: `the file is not valid JSON (${(error as Error).message})` };
  }
  if (!isRecord(raw)) return { kind: 'damaged', reason: 'the file does not hold a Cadence workspace object' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'damaged', reason: 'the file has no valid schemaVersion' };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    const loose = WorkspaceSchema.safeParse({ ...raw, schemaVersion: CURRENT_SCHEMA_VERSION });
    return { kind: 'newer', version, workspace: loose.success ? loose.data : null };
  }
  let doc = raw;
  for (const step of MIGRATIONS) {
    if (step.to > version) doc = { ...step.up(doc), schemaVersion: step.to };
  }
  const parsed = WorkspaceSchema.safeParse(doc);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') || 'the document' : 'the document';
    return {
      kind: 'damaged',
      reason: `the data does not match the expected shape (at ${where}: ${first?.message ?? 'invalid'})`,
    };
  }
  return { kind: 'ok', workspace: parsed.data, migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version };
}
