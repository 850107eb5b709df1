import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MutationScope } from '../../../src/services/store';
import { observedBy } from '../../../src/services/observed-store';
import { moveItem } from '../../../src/services/backlog-service';
import { teamPath } from '../../../src/storage/layout';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

/** Three items A, B, C; the team file's identity on disk (an atomic write replaces the file: a new inode). */
async function backlogOfThree() {
  const backend = await inProcessApi();
  const teamId = (await backend.api.createTeam({ name: 'Ops' })).id;
  const ids: string[] = [];
  for (const title of ['A', 'B', 'C']) ids.push((await backend.api.createItem({ teamId, item: itemFields(title) })).id);
  await backend.store.flush();
  const file = () => {
    const { ino, mtimeMs } = statSync(teamPath(backend.dataDir, teamId));
    return { ino, mtimeMs };
  };
  // The durable changes the room, sharing and the other windows hear of.
  const heard: MutationScope[] = [];
  const { store } = observedBy(backend.store, () => ({ storeChanged: (scope: MutationScope) => heard.push(scope) }));
  return { ...backend, teamId, ids, file, heard, observedCtx: { ...backend.ctx, store } };
}

/**
 * A script (or a drop where the row was) that moves an item to the place it holds: nothing changes, so nothing is
 * written and no one is told of a change (a shared team has nothing to send); the call still succeeds.
 */
describe('moveItem to the place the item holds', () => {
  it('answers its place and writes nothing, by the api and as heard by sharing and the other windows', async () => {
    const { api, teamId, ids, file, heard, observedCtx, store } = await backlogOfThree();
    const before = file();

    expect(await api.moveItem({ teamId, itemId: ids[1]!, toIndex: 1 })).toEqual({ itemId: ids[1], index: 1 });
    // Past the end is the last place, where C already is.
    expect(await api.moveItem({ teamId, itemId: ids[2]!, toIndex: 99 })).toEqual({ itemId: ids[2], index: 2 });
    expect(await moveItem(observedCtx, { teamId, itemId: ids[0]!, toIndex: 0 })).toEqual({ itemId: ids[0], index: 0 });
    await store.flush();

    expect(file()).toEqual(before);
    expect(heard).toEqual([]);
    expect(store.snapshot().teams[0]?.items.map((i) => i.title)).toEqual(['A', 'B', 'C']);
  });

  it('still writes a move to another place, and it is heard', async () => {
    const { teamId, ids, file, heard, observedCtx, store } = await backlogOfThree();
    const before = file();

    expect(await moveItem(observedCtx, { teamId, itemId: ids[0]!, toIndex: 2 })).toEqual({ itemId: ids[0], index: 2 });

    expect(store.snapshot().teams[0]?.items.map((i) => i.title)).toEqual(['B', 'C', 'A']);
    expect(file().ino).not.toBe(before.ino);
    expect(heard).toEqual([{ teamId }]);
  });
});
