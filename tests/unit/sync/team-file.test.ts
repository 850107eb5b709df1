import { freeze, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { decodeTeamFile, encodeTeamFile } from '../../../src/domain/sync/team-file';
import { CURRENT_SCHEMA_VERSION, type TeamDoc } from '../../../src/domain/workspace';
import { item, member, sprint, team } from '../../helpers/fixtures';

/** The same data with every object's keys set in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    ) as T;
  }
  return value;
}

function sample(): TeamDoc {
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', name: 'Sprint 12' });
  s.timeOff = [{ id: 'off-1', memberId: 'm-1', date: '2026-11-03' }];
  return team('Platform', {
    members: [member('Ada'), member('Linus')],
    items: [item('Upgrade Postgres', { points: 5 }), item('Rotate certs'), item('Patch kernel')],
    sprints: [s],
  });
}

describe('encodeTeamFile', () => {
  it('writes the same bytes for the same team, whatever order its keys were set in', () => {
    const t = sample();
    expect(encodeTeamFile(reversedKeys(t))).toBe(encodeTeamFile(t));
  });

  it('starts with the format version, puts one entity per line and ends with a newline', () => {
    const t = sample();
    const text = encodeTeamFile(t);
    const lines = text.split('\n');
    expect(lines[1]).toBe(`  "schemaVersion": ${CURRENT_SCHEMA_VERSION},`);
    expect(text.endsWith('}\n')).toBe(true);
    for (const it of t.items) expect(lines.filter((l) => l.includes(`"id":"${it.id}"`))).toHaveLength(1);
    // The sprint owns a collection: its time off sits on a line of its own inside the sprint's block.
    const offLine = lines.find((l) => l.includes('"id":"off-1"'));
    expect(offLine?.trim()).toBe('{"date":"2026-11-03","id":"off-1","memberId":"m-1"}');
  });

  it('writes each change of a frozen (store) team, though unchanged entities reuse their text', () => {
    const before = freeze(sample(), true);
    encodeTeamFile(before);
    const after = produce(before, (draft) => {
      draft.items[1]!.title = 'Rotate the TLS certs';
      draft.sprints[0]!.timeOff[0]!.date = '2026-11-04';
    });
    const text = encodeTeamFile(after);
    // The same team as plain, unfrozen objects is written from scratch.
    expect(text).toBe(encodeTeamFile(structuredClone(after)));
    expect(text).toContain('Rotate the TLS certs');
    expect(text).toContain('"date":"2026-11-04"');
    expect(text).not.toContain('"date":"2026-11-03"');
    // Plain objects may be changed in place between two writes: each write reads them again.
    const plain = sample();
    encodeTeamFile(plain);
    plain.items[0]!.title = 'Upgrade Postgres to 17';
    expect(encodeTeamFile(plain)).toContain('Upgrade Postgres to 17');
  });

  it('keeps the backlog in its order (order is priority)', () => {
    const t = sample();
    const reordered = { ...t, items: [...t.items].reverse() };
    const decoded = decodeTeamFile(encodeTeamFile(reordered));
    expect(decoded.ok === true && decoded.team.items.map((i) => i.title)).toEqual([
      'Patch kernel',
      'Rotate certs',
      'Upgrade Postgres',
    ]);
  });

  it('sorts keys inside each entity', () => {
    const text = encodeTeamFile(sample());
    const memberLine = text.split('\n').find((l) => l.includes('"name":"Ada"'));
    const keys = [...(memberLine ?? '').matchAll(/"(\w+)":/g)].map((m) => m[1]);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('decodeTeamFile', () => {
  it('reads back exactly the team that was written', () => {
    const t = sample();
    expect(decodeTeamFile(encodeTeamFile(t))).toEqual({ ok: true, team: t });
  });

  it('refuses a file from a newer format and says what to do', () => {
    const text = encodeTeamFile(sample()).replace(
      /"schemaVersion": \d+/,
      `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 2}`,
    );
    const decoded = decodeTeamFile(text);
    expect(decoded.ok).toBe(false);
    expect(decoded.ok === false && decoded.message).toContain(
      `made by a newer Cadence (format ${CURRENT_SCHEMA_VERSION + 2}); update Cadence on this machine`,
    );
  });

  it('hands an older format back raw for the caller to migrate', () => {
    const raw = { schemaVersion: 2, id: 't-1', name: 'Old', createdAt: '2026-01-01T00:00:00.000Z' };
    expect(decodeTeamFile(JSON.stringify(raw))).toEqual({ ok: 'older', schemaVersion: 2, raw });
  });

  it('explains text that is not JSON, a missing version and a team that does not validate', () => {
    const notJson = decodeTeamFile('{"schemaVersion": 4, <<<<<<< HEAD');
    expect(notJson.ok === false && notJson.message).toMatch(/not valid JSON/);
    const noVersion = decodeTeamFile('{"id":"x"}');
    expect(noVersion.ok === false && noVersion.message).toMatch(/no valid schemaVersion/);
    const bad = JSON.parse(encodeTeamFile(sample())) as Record<string, unknown>;
    bad.name = '';
    const invalid = decodeTeamFile(JSON.stringify(bad));
    expect(invalid.ok === false && invalid.message).toMatch(/at name:/);
    expect(decodeTeamFile('').ok).toBe(false);
  });
});

describe('decodeTeamFile with the team this machine holds', () => {
  it('answers the same team, its unchanged records as this machine’s own objects', () => {
    const local = freeze(sample(), true);
    const remote = produce(local, (draft) => {
      draft.items[1]!.title = 'Rotate the TLS certs';
      draft.items.splice(0, 1);
      draft.items.push(item('Tune disk alerts'));
    });
    const text = encodeTeamFile(structuredClone(remote));
    const plain = decodeTeamFile(text);
    const reused = decodeTeamFile(text, local);
    expect(reused.ok && plain.ok).toBe(true);
    if (reused.ok !== true || plain.ok !== true) return;
    expect(reused.team).toEqual(plain.team);
    expect(reused.team.items.map((i) => i.title)).toEqual(['Rotate the TLS certs', 'Patch kernel', 'Tune disk alerts']);
    expect(reused.team.items[1]).toBe(local.items[2]);
    expect(reused.team.members[0]).toBe(local.members[0]);
    expect(reused.team.items[0]).not.toBe(local.items[1]);
  });

  it('still validates what changed, and names the place in the file', () => {
    const local = freeze(sample(), true);
    const text = encodeTeamFile({ ...local, items: [...local.items, { ...item('Broken'), points: -3 }] });
    const decoded = decodeTeamFile(text, local);
    expect(decoded).toMatchObject({ ok: false, message: expect.stringMatching(/items\.3\.points/) as string });
  });
});

describe('decodeTeamFile, Definitions of Ready and Done written by an older Cadence', () => {
  /** Platform whose two Ready entries share the id "dor-1" (and two Done entries "dod-1"); an item ticks "dor-1". */
  function withSharedIds(): TeamDoc {
    const base = sample();
    return {
      ...base,
      settings: {
        ...base.settings,
        definitionOfReady: [
          { id: 'dor-1', text: 'Runbook linked', rule: null },
          { id: 'dor-1', text: 'Rollback written', rule: null },
        ],
        definitionOfDone: [
          { id: 'dod-1', text: 'Alert added', rule: null },
          { id: 'dod-1', text: 'Dashboard updated', rule: null },
        ],
      },
      items: base.items.map((i, k) => (k === 0 ? { ...i, readyChecks: ['dor-1'] } : i)),
    };
  }

  it('gives each entry an id of its own, keeps every entry, and keeps the item exactly as ready', () => {
    const text = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, ...withSharedIds() });
    for (const known of [null, sample()]) {
      const decoded = decodeTeamFile(text, known);
      if (decoded.ok !== true) throw new Error(`not decoded: ${JSON.stringify(decoded)}`);
      const { definitionOfReady: ready, definitionOfDone: done } = decoded.team.settings;
      expect(ready.map((e) => e.text)).toEqual(['Runbook linked', 'Rollback written']);
      expect(new Set(ready.map((e) => e.id)).size).toBe(2);
      expect(done.map((e) => e.text)).toEqual(['Alert added', 'Dashboard updated']);
      expect(new Set(done.map((e) => e.id)).size).toBe(2);
      // The tick of the shared id was a tick of both entries: it still is.
      expect(ready.every((e) => decoded.team.items[0]!.readyChecks.includes(e.id))).toBe(true);
      // Another machine reading the same file gives the same ids.
      expect(decodeTeamFile(text)).toEqual({ ok: true, team: decoded.team });
    }
  });
});
