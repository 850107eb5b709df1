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

function record(value: unknown): Buffer {
  if (isUnwritten(value)) return NULL;
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return fresh(value);
  let bytes = encoded.get(value);
  if (!bytes) {
    bytes = fresh(value);
    encoded.set(value, bytes);
  }
  return bytes;
}

function collection(list: readonly unknown[], parts: Buffer[]): void {
  parts.push(OPEN_ARRAY);
  list.forEach((entry, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(record(entry));
  });
  parts.push(CLOSE_ARRAY);
}

export function jsonChunks(value: unknown): Buffer[] {
  if (!isPlainObject(value) || hasToJson(value)) return [fresh(value)];
  const parts: Buffer[] = [OPEN_OBJECT];
  let first = true;
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (isUnwritten(field)) continue;
    if (!first) parts.push(COMMA);
    first = false;
    parts.push(Buffer.from(`${JSON.stringify(key)}:`));
    if (Array.isArray(field) && !hasToJson(field)) collection(field, parts);
    else parts.push(fresh(field));
  }
  parts.push(CLOSE_OBJECT);
  return parts;
}
