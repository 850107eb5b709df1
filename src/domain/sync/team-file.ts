import { withUniqueChecklistIds } from '../team/checklist-ids';
import { firstIssueAt } from '../shared/errors';
import { CURRENT_SCHEMA_VERSION, TeamDocSchema, type TeamDoc } from '../workspace';
import { canonicalJson, definedKeys } from './canonical';
import { isPlainObject } from '../shared/plain-object';
import { knownRecords } from './known-records';

/**
 * The shared team file (`team.json` on the remote): deterministic text, so that the remote's diffs read
 * as "this card changed" and Git rarely has to merge text. Same team, same bytes, whatever order the
 * object's keys were set in.
 *
 * Layout: `schemaVersion` first, then the team's fields in the schema's order; every collection holds one
 * entity per line, and an entity that owns collections of its own (a retro's cards, a sprint's shifts) is
 * written as a block: its plain fields on the first line, then each of its collections the same way. Keys
 * are sorted inside each group. Collections keep the app's order (the backlog's order is its priority;
 * the others are creation order, which the screens show).
 */

/** Top-level keys in a fixed order: the schema's own, after the version. */
const TOP_KEYS: readonly string[] = ['schemaVersion', ...Object.keys(TeamDocSchema.shape)];

function isEntityList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isPlainObject);
}

function writeList(list: readonly Record<string, unknown>[], indent: string): string {
  const inner = `${indent}  `;
  return `[\n${list.map((entity) => inner + writeEntity(entity, inner)).join(',\n')}\n${indent}]`;
}

/**
 * Text already written for a frozen entity, with the indent it was written at. Frozen team data is the store's
 * (immer deep-freezes every state it answers), so it cannot change under the cache: a sync encodes a team
 * before and after its merge, and again at the next sync, and most of its entities are the same objects
 * each time. Objects that are not frozen (a decoded remote file, a test's literal) are written afresh.
 */
const written = new WeakMap<object, { indent: string; text: string }>();

/** One line, or a block when the entity owns collections of entities. */
function writeEntity(entity: Record<string, unknown>, indent: string): string {
  if (!Object.isFrozen(entity)) return writeFresh(entity, indent);
  const known = written.get(entity);
  if (known?.indent === indent) return known.text;
  const text = writeFresh(entity, indent);
  written.set(entity, { indent, text });
  return text;
}

function writeFresh(entity: Record<string, unknown>, indent: string): string {
  const keys = definedKeys(entity);
  const nested = keys.filter((k) => isEntityList(entity[k]));
  if (nested.length === 0) return canonicalJson(entity);
  const plain = keys.filter((k) => !nested.includes(k));
  const head = plain.map((k) => `${JSON.stringify(k)}:${canonicalJson(entity[k])}`);
  const inner = `${indent}  `;
  const lists = nested.map(
    (k) => `${inner}${JSON.stringify(k)}: ${writeList(entity[k] as Record<string, unknown>[], inner)}`,
  );
  return `{${head.join(',')}${head.length > 0 ? ',' : ''}\n${lists.join(',\n')}}`;
}

/** A top-level field: a collection, a block (the settings own checklists) or one value. */
function writeTop(value: unknown): string {
  if (isEntityList(value)) return writeList(value, '  ');
  if (isPlainObject(value)) return writeEntity(value, '  ');
  return canonicalJson(value);
}

export function encodeTeamFile(team: TeamDoc): string {
  const doc: Record<string, unknown> = { ...team, schemaVersion: CURRENT_SCHEMA_VERSION };
  const known = TOP_KEYS.filter((k) => doc[k] !== undefined);
  const extra = definedKeys(doc).filter((k) => !TOP_KEYS.includes(k));
  const lines = [...known, ...extra].map((k) => `  ${JSON.stringify(k)}: ${writeTop(doc[k])}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** A refusal is `newer` when the file is from a newer Cadence (its message says to update); else the file is damaged. */
export type DecodedTeamFile =
  | { ok: true; team: TeamDoc }
  | { ok: false; message: string; newer?: true }
  | { ok: 'older'; schemaVersion: number; raw: unknown };

/**
 * Reads a shared team file; never throws. An older format comes back raw, for the caller to migrate. With
 * `known` (this machine's team), records that are the same data as its own come back as its objects, and only
 * the others are validated (`known-records.ts`).
 */
export function decodeTeamFile(text: string, known: TeamDoc | null = null): DecodedTeamFile {
  if (text.trim() === '') return { ok: false, message: 'The shared team file is empty.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // The parser quotes the text it choked on: keep that to one short line.
    const detail = (error as Error).message.replace(/\s+/g, ' ').slice(0, 160);
    return { ok: false, message: `The shared team file is not valid JSON (${detail}).` };
  }
  if (!isPlainObject(raw)) return { ok: false, message: 'The shared team file does not hold a Cadence team.' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: 'The shared team file has no valid schemaVersion.' };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `The shared team file was made by a newer Cadence (format ${version}); update Cadence on this machine.`,
      newer: true,
    };
  }
  if (version < CURRENT_SCHEMA_VERSION) return { ok: 'older', schemaVersion: version, raw };
  const { schemaVersion: _version, ...rest } = raw;
  if (known) {
    const reused = knownRecords(rest, known);
    const checked = TeamDocSchema.safeParse(reused.probe);
    if (checked.success) return { ok: true, team: withUniqueChecklistIds(reused.restore(checked.data)) };
    // A refusal is explained against the whole file, so the place it names is the file's own.
  }
  const parsed = TeamDocSchema.safeParse(rest);
  // A file an older Cadence wrote may hold Definition of Ready or Done entries that share an id: each gets one of
  // its own, as a file read from the data folder does (the same ids on every machine, so copies agree).
  if (parsed.success) return { ok: true, team: withUniqueChecklistIds(parsed.data) };
  return {
    ok: false,
    message: `The shared team file does not match the expected shape (${firstIssueAt(parsed.error, 'the team')}).`,
  };
}
