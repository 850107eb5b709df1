import { isPlainObject } from '../domain/shared/plain-object';

/**
 * The UTF-8 bytes of `JSON.stringify(value)`, in parts, made without stringifying what was written before.
 *
 * A team file is one JSON object whose collections (items, sprints, standups, retros…) hold thousands
 * of records, and a change touches one or two of them. Stringifying and encoding the whole team on
 * every change cost the host ~90 ms of CPU per save for a 7 MB team (10,000 items), time taken from
 * the window on a two-core machine. Here each record of a top-level collection is encoded once and
 * its bytes are kept while the record object lives: records the store holds are frozen (immer
 * deep-freezes every state), so one object always has the same text. Records that are not frozen are
 * encoded afresh each time. The parts joined are byte for byte what `JSON.stringify` gives (tests
 * compare); they are written as they are (writev), so a 7 MB file is never copied into one buffer.
 * A file that keeps a ChunkMemory also has its collections' records joined in blocks, reused while
 * their records are (see ChunkMemory).
 */
const encoded = new WeakMap<object, Buffer>();

const OPEN_OBJECT = Buffer.from('{');
const CLOSE_OBJECT = Buffer.from('}');
const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');
const COMMA = Buffer.from(',');
const NULL = Buffer.from('null');

/** What JSON.stringify leaves out of an object and writes as null in an array. */
function isUnwritten(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function fresh(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value) ?? 'null');
}

/** A record whose bytes can be kept: a frozen object always has the same text. */
function lasting(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.isFrozen(value);
}

function record(value: unknown): Buffer {
  if (isUnwritten(value)) return NULL;
  if (!lasting(value)) return fresh(value);
  let bytes = encoded.get(value);
  if (!bytes) {
    bytes = fresh(value);
    encoded.set(value, bytes);
  }
  return bytes;
}

/** Records of a collection joined into one part: a collection is written and hashed in a few parts. */
const BLOCK = 128;

/** A run of a collection's records (all frozen) and their bytes, joined with their commas. */
interface Block {
  records: readonly unknown[];
  bytes: Buffer;
}

/**
 * What a file's collections were written as last time, block by block: the next write reuses each block
 * whose records are the same objects at the same places. A move or a change to one record rebuilds the
 * blocks it touched, so a 10,000-item team is written in ~100 parts instead of 20,000 (parts cost the
 * host CPU each: the writev, the hash), and the rest of the list is compared by reference only.
 */
export class ChunkMemory {
  readonly blocks = new Map<string, readonly (Block | undefined)[]>();
}

function sameRecords(block: Block | undefined, list: readonly unknown[], start: number, end: number): boolean {
  if (!block || block.records.length !== end - start) return false;
  for (let i = start; i < end; i++) if (block.records[i - start] !== list[i]) return false;
  return true;
}

/** A collection's parts; with `before` (a file's memory) its records are joined into blocks, kept for next time. */
function collection(list: readonly unknown[], parts: Buffer[], before: readonly (Block | undefined)[] | undefined) {
  const blocks: (Block | undefined)[] = [];
  parts.push(OPEN_ARRAY);
  for (let start = 0; start < list.length; start += BLOCK) {
    const end = Math.min(list.length, start + BLOCK);
    if (start > 0) parts.push(COMMA);
    const kept = before?.[blocks.length];
    if (sameRecords(kept, list, start, end)) {
      parts.push((kept as Block).bytes);
      blocks.push(kept);
      continue;
    }
    const own: Buffer[] = [];
    // Joined only for a file that keeps them (a memory), and only runs of records whose bytes last.
    let joinable = before !== undefined;
    // An index loop, not forEach: a hole is written as null, as JSON.stringify does.
    for (let i = start; i < end; i++) {
      if (i > start) own.push(COMMA);
      own.push(record(list[i]));
      joinable &&= lasting(list[i]);
    }
    if (joinable) {
      const block = { records: list.slice(start, end), bytes: Buffer.concat(own) };
      parts.push(block.bytes);
      blocks.push(block);
    } else {
      parts.push(...own);
      blocks.push(undefined);
    }
  }
  parts.push(CLOSE_ARRAY);
  return blocks;
}

/** `memory`: the file's own, so its next write reuses what this one joined (see ChunkMemory). */
export function jsonChunks(value: unknown, memory?: ChunkMemory): Buffer[] {
  if (!isPlainObject(value) || hasToJson(value)) return [fresh(value)];
  const parts: Buffer[] = [OPEN_OBJECT];
  let first = true;
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (isUnwritten(field)) continue;
    if (!first) parts.push(COMMA);
    first = false;
    parts.push(Buffer.from(`${JSON.stringify(key)}:`));
    if (Array.isArray(field) && !hasToJson(field)) {
      const blocks = collection(field, parts, memory ? (memory.blocks.get(key) ?? []) : undefined);
      memory?.blocks.set(key, blocks);
    } else parts.push(fresh(field));
  }
  parts.push(CLOSE_OBJECT);
  return parts;
}
