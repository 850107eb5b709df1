import fc from 'fast-check';
import type { z } from 'zod';

/** The parts of zod 4's internal definition this generator reads; anything else falls back to fc.anything(). */
interface Def {
  type: string;
  format?: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  checks?: { _zod: { def: { check: string; value?: number; minimum?: number; maximum?: number } } }[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strings an attacker or a clumsy user would send. */
const NASTY_STRINGS = [
  '',
  ' ',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../etc/passwd',
  '..\\..\\cadence.json',
  '\u0000',
  '__proto__',
  'constructor',
  '🙂‍↔️ emoji',
  'x'.repeat(5000),
  '2026-11-27T09:00:00.000Z',
  '2026-11-27',
  'https://example.com/runbook',
];

function bound(def: Def, check: string): number | undefined {
  const found = def.checks?.find((c) => c._zod.def.check === check)?._zod.def;
  return found?.value ?? found?.minimum ?? found?.maximum;
}

/** Known ids by the field that would name them: teamId -> ids found under "teams", itemId -> under "items"… */
export type IdPool = Record<string, string[]>;

function idsFor(key: string, pool: IdPool): string[] {
  if (key === 'name') return pool.name ?? [];
  if (!(key === 'id' || /Id$/.test(key) || /Ids$/.test(key))) return [];
  const specific = pool[key.replace(/s$/, '')];
  return specific && specific.length > 0 ? specific : (pool.id ?? []);
}

function stringArbitrary(def: Def, key: string, pool: IdPool): fc.Arbitrary<string> {
  if (def.format === 'datetime') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (def.format === 'date') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const max = bound(def, 'max_length') ?? 60;
  const plain = fc.string({ minLength: 1, maxLength: Math.min(max, 40) });
  const options = [
    { weight: 6, arbitrary: plain },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  ];
  // Id-like fields mostly name things that exist, so handlers get past the lookups.
  const ids = idsFor(key, pool);
  if (ids.length > 0) return fc.oneof({ weight: 14, arbitrary: fc.constantFrom(...ids) }, ...options);
  if (/url|link|value|href/i.test(key)) return fc.oneof({ weight: 6, arbitrary: fc.webUrl() }, ...options);
  return fc.oneof(...options);
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const lo = Math.max(bound(def, 'greater_than') ?? -5, -1e6);
  const hi = Math.min(bound(def, 'less_than') ?? 60, lo + 1000);
  const whole = def.checks?.some((c) => c._zod.def.check === 'number_format') ?? false;
  const valid = fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) });
  // Common valid values (story points, hours, counts) when the field allows them.
  const common = [0, 1, 2, 3, 5, 8, 13].filter((n) => n >= lo && n <= hi);
  const junk = fc.oneof(fc.constantFrom(-1, 0.5, 1e9, -0, lo - 1, hi + 1), ...(whole ? [] : [fc.double()]));
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    ...(common.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...common) }] : []),
    { weight: 1, arbitrary: junk },
  );
}

/**
 * A fast-check arbitrary that mostly produces inputs shaped like the schema (so the handler runs), with
 * hostile values mixed in. `ids` are ids that exist in the store.
 */
export function arbitraryFor(schema: z.ZodType, pool: IdPool, key = '', depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 12) return fc.constant(null);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(shape)) record[k] = arbitraryFor(v, pool, k, depth + 1);
      return fc.record(record, {
        requiredKeys: Object.keys(shape).filter((k) => defOf(shape[k]!).type !== 'optional'),
      });
    }
    case 'string':
      return stringArbitrary(def, key, pool);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'array':
      return fc.oneof(
        { weight: 2, arbitrary: fc.constant([]) },
        { weight: 3, arbitrary: fc.array(arbitraryFor(def.element!, pool, key, depth + 1), { maxLength: 3 }) },
      );
    case 'nullable':
      return fc.oneof(fc.constant(null), arbitraryFor(def.innerType!, pool, key, depth + 1));
    case 'optional':
    case 'default':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return arbitraryFor(def.innerType!, pool, key, depth + 1);
    case 'pipe':
      return arbitraryFor(def.in!, pool, key, depth + 1);
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arbitraryFor(o, pool, key, depth + 1)));
    default:
      return fc.anything();
  }
}

/** Schema-shaped input, the same with one field broken or an extra field, or anything at all. */
export function fuzzInputFor(schema: z.ZodType, pool: IdPool): fc.Arbitrary<unknown> {
  const shaped = arbitraryFor(schema, pool);
  const broken = fc
    .tuple(shaped, fc.string({ maxLength: 12 }), fc.anything(), fc.nat())
    .map(([value, extraKey, junk, pick]) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return junk;
      const copy: Record<string, unknown> = { ...value };
      const keys = Object.keys(copy);
      if (keys.length === 0 || pick % 3 === 0) copy[extraKey || 'extra'] = junk;
      else if (pick % 3 === 1) copy[keys[pick % keys.length]!] = junk;
      else delete copy[keys[pick % keys.length]!];
      return copy;
    });
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 2, arbitrary: broken },
    { weight: 1, arbitrary: fc.anything() },
  );
}
