import { describe, expect, it } from 'vitest';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';
import { readDataText } from '../../../src/storage/read-layout';

const fileText = (dir: string) => readDataText(dir);

const fields = (title: string, extra: Record<string, unknown> = {}) => itemFields(title, { type: 'story', ...extra });

async function withTeam() {
  const backend = await inProcessApi();
  const created = await backend.call('createTeam', { name: 'Platform SRE' });
  if (!created.ok) throw new Error('setup failed');
  return { ...backend, team: created.value as TeamDoc };
}

describe('team api', () => {
  it('creates several teams with default settings and refuses duplicate names', async () => {
    const { call, team } = await withTeam();
    expect(team.settings.bufferPercent).toBe(20);
    expect((await call('createTeam', { name: 'Network Ops' })).ok).toBe(true);
    const dup = await call('createTeam', { name: 'platform sre' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const list = await call('listTeams', {});
    expect(list.ok && (list.value as { name: string }[]).map((t) => t.name)).toEqual(['Platform SRE', 'Network Ops']);
  });

  it('renames and deletes a team', async () => {
    const { call, team } = await withTeam();
    expect(await call('renameTeam', { teamId: team.id, name: 'SRE' })).toMatchObject({
      ok: true,
      value: { name: 'SRE' },
    });
    expect(await call('deleteTeam', { teamId: team.id })).toMatchObject({ ok: true });
    expect(await call('getTeam', { teamId: team.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('adds, edits and removes members with defaults', async () => {
    const { call, team } = await withTeam();
    const added = await call('addMember', { teamId: team.id, member: { name: 'Asha', role: 'DBA' } });
    expect(added).toMatchObject({ ok: true, value: { name: 'Asha', role: 'DBA', hoursPerDay: 6, takesOnCall: true } });
    const id = (added.ok && (added.value as { id: string }).id) || '';
    expect(await call('updateMember', { teamId: team.id, memberId: id, member: { hoursPerDay: 3 } })).toMatchObject({
      ok: true,
      value: { hoursPerDay: 3 },
    });
    const bad = await call('updateMember', { teamId: team.id, memberId: id, member: { hoursPerDay: 30 } });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('cannot exceed 24') },
    });
    expect(await call('removeMember', { teamId: team.id, memberId: id })).toMatchObject({ ok: true });
    const after = await call('getTeam', { teamId: team.id });
    expect(after.ok && (after.value as TeamDoc).members).toEqual([]);
  });

  it('refuses settings outside their ranges and keeps the old ones', async () => {
    const { call, team } = await withTeam();
    const bad = await call('updateTeamSettings', { teamId: team.id, settings: { bufferPercent: 120 } });
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringContaining('between 0% and 90%') } });
    const ok = await call('updateTeamSettings', {
      teamId: team.id,
      settings: { pointScale: 'tshirt', sprintLengthDays: 5 },
    });
    expect(ok).toMatchObject({ ok: true, value: { pointScale: 'tshirt', sprintLengthDays: 5, bufferPercent: 20 } });
  });
});

describe('backlog api', () => {
  it('creates, edits, reorders and deletes items, and undo puts an item back in place', async () => {
    const { call, team } = await withTeam();
    const ids: string[] = [];
    for (const title of ['A', 'B', 'C']) {
      const r = await call('createItem', { teamId: team.id, item: fields(title, { labels: ['DNS'] }) });
      expect(r.ok).toBe(true);
      ids.push((r.ok && (r.value as BacklogItem).id) || '');
    }
    const edited = await call('updateItem', { teamId: team.id, itemId: ids[0], changes: { points: 5, title: 'A2' } });
    expect(edited).toMatchObject({ ok: true, value: { title: 'A2', points: 5, labels: ['dns'] } });

    expect(await call('moveItem', { teamId: team.id, itemId: ids[2], toIndex: 0 })).toMatchObject({
      ok: true,
      value: { index: 0 },
    });
    const titles = async () => {
      const t = await call('getTeam', { teamId: team.id });
      return t.ok ? (t.value as TeamDoc).items.map((i) => i.title) : [];
    };
    expect(await titles()).toEqual(['C', 'A2', 'B']);

    const deleted = await call('deleteItem', { teamId: team.id, itemId: ids[0] });
    expect(deleted).toMatchObject({ ok: true, value: { index: 1 } });
    expect(await titles()).toEqual(['C', 'B']);
    const { item } = (deleted.ok && (deleted.value as { item: BacklogItem })) || { item: null };
    expect(await call('restoreItem', { teamId: team.id, itemId: item?.id })).toMatchObject({ ok: true });
    expect(await titles()).toEqual(['C', 'A2', 'B']);
    expect(await call('restoreItem', { teamId: team.id, itemId: item?.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('refuses bad input with a clear message and leaves the file untouched', async () => {
    const { call, team, dataDir } = await withTeam();
    const before = fileText(dataDir);
    const cases: [unknown, RegExp][] = [
      [{ teamId: team.id, item: fields('') }, /Title cannot be empty/],
      [
        { teamId: team.id, item: fields('x', { points: 4 }) },
        /4 is not on this team's point scale \(0, 1, 2, 3, 5, 8, 13, 21, 34\)/,
      ],
      [
        { teamId: team.id, item: fields('x', { description: 'a'.repeat(10 * 1024 * 1024) }) },
        /Description is too long/,
      ],
      [{ teamId: team.id, item: fields('x', { type: 'epic' }) }, /Pick a type/],
      [{ teamId: team.id, item: fields('x'), extra: 1 }, /Unrecognized key/i],
      [{ teamId: 'nope', item: fields('x') }, /team was not found/],
    ];
    for (const [input, message] of cases) {
      const result = await call('createItem', input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toMatch(message);
    }
    expect(fileText(dataDir)).toBe(before);
  });

  it('names the field in the error for the form to show', async () => {
    const { call, team } = await withTeam();
    const result = await call('createItem', { teamId: team.id, item: fields('') });
    expect(!result.ok && result.error.issues[0]).toEqual({ path: 'item.title', message: 'Title cannot be empty.' });
  });

  it('answers unknown methods and non-object input with typed errors', async () => {
    const { call } = await withTeam();
    expect(await call('dropTables', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('createTeam', 'hello')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
