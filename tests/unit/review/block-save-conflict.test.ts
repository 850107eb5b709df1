import { describe, expect, it } from 'vitest';
import type { DemoBlock } from '../../../src/domain/review/schema';
import { item, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

async function withBlock() {
  const dataDir = tempDir();
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
  const t = team('Platform', { sprints: [s], items: [item('Cache', { sprintId: s.id, status: 'done', points: 5 })] });
  writeWorkspace(dataDir, [t]);
  const backend = await inProcessApi({ dataDir });
  const review = await backend.api.createReview({ teamId: t.id, sprintId: s.id });
  const ref = { teamId: t.id, reviewId: review.id, slotId: review.slots[0]!.id };
  const opened: DemoBlock = { id: 'n1', kind: 'notes', markdown: 'first' };
  await backend.api.saveDemoBlock({ ...ref, block: opened, opened: null });
  const stored = async () => (await backend.api.getTeam({ teamId: t.id })).reviews[0]!.slots[0]!.blocks;
  return { ...backend, ref, opened, stored };
}

describe('saving a block with the block as its editor opened it', () => {
  it('answers a conflict, and keeps the stored block, when it was changed meanwhile', async () => {
    const { api, call, ref, opened, stored } = await withBlock();
    await api.saveDemoBlock({ ...ref, block: { ...opened, markdown: 'other window' }, opened });
    const answer = await call('saveDemoBlock', { ...ref, block: { ...opened, markdown: 'mine' }, opened });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await stored()).toEqual([{ ...opened, markdown: 'other window' }]);
  });

  it('answers a conflict, and adds nothing, when it was removed meanwhile', async () => {
    const { api, call, ref, opened, stored } = await withBlock();
    await api.removeDemoBlock({ ...ref, blockId: opened.id });
    const answer = await call('saveDemoBlock', { ...ref, block: { ...opened, markdown: 'mine' }, opened });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await stored()).toEqual([]);
  });

  it('saves when it is unchanged, and takes the same save sent twice', async () => {
    const { api, ref, opened, stored } = await withBlock();
    const block = { ...opened, markdown: 'mine' };
    await api.saveDemoBlock({ ...ref, block, opened });
    await api.saveDemoBlock({ ...ref, block, opened });
    expect(await stored()).toEqual([block]);
  });
});
