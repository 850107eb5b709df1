import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../src/api/contract';
import type { Envelope } from '../../../src/api/define';
import { dispatch } from '../../../src/api/dispatch';
import { WorkspaceSchema } from '../../../src/domain/workspace';
import { decodeWorkspace } from '../../../src/storage/decode';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';
import { fuzzInputFor, type IdPool } from './fuzz-arbitrary';
import { readDataText } from '../../../src/storage/read-layout';

const RUNS = Number(process.env.CADENCE_FUZZ_RUNS ?? '50');
const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'read_only',
  'unsupported',
  'unauthorized',
  'forbidden',
  'too_large',
  'internal',
];
let casesRun = 0;
const answered = { ok: 0, refused: 0 };
const okByMethod: Record<string, number> = {};

/** A realistic workspace: a team with members and items, so id-shaped inputs often hit real records. */
async function seededApi(): Promise<InProcessApi> {
  const backend = await inProcessApi();
  const team = await backend.api.createTeam({ name: 'Fuzz team' });
  await backend.api.createTeam({ name: 'Other team' });
  for (const name of ['Ana', 'Bo']) {
    await backend.api.addMember({ teamId: team.id, member: { name, role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
  }
  for (const title of ['Rotate certs', 'Patch kernels']) {
    await backend.api.createItem({
      teamId: team.id,
      item: {
        title,
        type: 'task',
        description: '',
        points: 3,
        labels: [],
        acceptanceCriteria: [],
        links: [],
        needsChangeWindow: false,
        status: 'todo',
        readyChecks: [],
      },
    });
  }
  return backend;
}

/**
 * Every id in the workspace, grouped by the field that would name it (ids under "teams" serve teamId,
 * under "items" itemId…), whatever feature collections exist by now; "id" holds all, "name" all names.
 */
function knownIds(value: unknown, pool: IdPool = { id: [], name: [] }, under = ''): IdPool {
  if (Array.isArray(value)) value.forEach((v) => knownIds(v, pool, under));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') {
        pool.id!.push(v);
        if (under) (pool[`${under.replace(/s$/, '')}Id`] ??= []).push(v);
      } else if (k === 'name' && typeof v === 'string') pool.name!.push(v);
      else knownIds(v, pool, Array.isArray(v) ? k : under);
    }
  }
  return pool;
}

function expectEnvelope(answer: Envelope<unknown>): void {
  expect(typeof answer.ok).toBe('boolean');
  if (!answer.ok) {
    expect(ERROR_CODES).toContain(answer.error.code);
    expect(typeof answer.error.message).toBe('string');
    expect(answer.error.message.length).toBeGreaterThan(0);
    expect(Array.isArray(answer.error.issues)).toBe(true);
  } else {
    // A result must survive the trip over either transport.
    expect(() => JSON.stringify(answer.value)).not.toThrow();
  }
}

afterAll(() => {
  console.log(
    `fuzz cases run: ${casesRun} (${METHOD_NAMES.length} api methods × ${RUNS} runs; ${answered.ok} valid results, ${answered.refused} typed errors)`,
  );
  if (process.env.CADENCE_FUZZ_DEBUG) console.log(okByMethod);
});

describe('every api method under random and malformed input', () => {
  it.each(METHOD_NAMES)('%s answers a typed envelope and leaves a valid data file', async (name) => {
    const backend = await seededApi();
    const unexpected: unknown[] = [];
    const call = (input: unknown) => dispatch(backend.ctx, name, input, (_m, e) => unexpected.push(e));
    const ids = knownIds(backend.store.snapshot());
    await fc.assert(
      fc.asyncProperty(fuzzInputFor(contract[name].input, ids), async (input) => {
        casesRun++;
        const answer = await call(input);
        expectEnvelope(answer);
        answered[answer.ok ? 'ok' : 'refused']++;
        if (answer.ok) okByMethod[name] = (okByMethod[name] ?? 0) + 1;
        // An 'internal' answer means a handler threw something other than a DomainError: a bug.
        expect(unexpected, `unexpected error for ${JSON.stringify(input)?.slice(0, 300)}`).toEqual([]);
        expect(WorkspaceSchema.safeParse(backend.store.snapshot()).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
    await backend.store.flush();
    const onDisk = decodeWorkspace(readDataText(backend.dataDir) ?? '');
    expect(onDisk.kind).toBe('ok');
    // Compared as JSON: the file cannot tell -0 from 0, and neither can anything that reads it.
    if (onDisk.kind === 'ok') expect(onDisk.workspace).toEqual(JSON.parse(JSON.stringify(backend.store.snapshot())));
  });
});
