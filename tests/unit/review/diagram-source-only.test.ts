import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportToJson } from '../../../src/domain/review/report-json';
import type { DemoBlock } from '../../../src/domain/review/schema';
import { item, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { fixture } from './report-fixture';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
const MERMAID = 'graph LR; client-->lb; lb-->app';

async function withReview() {
  const dataDir = tempDir();
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
  const t = team('Platform', { sprints: [s], items: [item('Cache', { sprintId: s.id, status: 'done', points: 5 })] });
  writeWorkspace(dataDir, [t]);
  const backend = await inProcessApi({ dataDir });
  const review = await backend.api.createReview({ teamId: t.id, sprintId: s.id });
  const ref = { teamId: t.id, reviewId: review.id, slotId: review.slots[0]!.id };
  const stored = async () => (await backend.api.getTeam({ teamId: t.id })).reviews[0]!.slots[0]!.blocks[0];
  /** Every team file's text as written to the data folder. */
  const onDisk = async () => {
    await backend.store.flush();
    const teams = path.join(dataDir, 'teams');
    return readdirSync(teams)
      .filter((f) => f.endsWith('.json'))
      .map((f) => readFileSync(path.join(teams, f), 'utf8'))
      .join('\n');
  };
  return { ...backend, ref, stored, onDisk };
}

/** A diagram as the editor sends it: both sources' contents, whichever is picked. */
const diagram = (source: 'mermaid' | 'image'): DemoBlock => ({
  id: 'd1',
  kind: 'diagram',
  title: 'Traffic',
  source,
  mermaid: MERMAID,
  image: { name: 'board.png', dataUrl: PNG },
});

describe('a diagram saved from one source after the other', () => {
  it('keeps no hidden image once saved as Mermaid, in the answer or the data file', async () => {
    const { api, ref, stored, onDisk } = await withReview();
    const asImage = { ...diagram('image'), mermaid: '' };
    await api.saveDemoBlock({ ...ref, block: asImage, opened: null });
    await api.saveDemoBlock({ ...ref, block: diagram('mermaid'), opened: asImage });
    expect(await stored()).toMatchObject({ source: 'mermaid', mermaid: MERMAID, image: null });
    const written = await onDisk();
    expect(written).toContain(MERMAID);
    expect(written).not.toContain(PNG);
  });

  it('keeps no hidden Mermaid text once saved as an image', async () => {
    const { api, ref, stored } = await withReview();
    const asMermaid = { ...diagram('mermaid'), image: null };
    await api.saveDemoBlock({ ...ref, block: asMermaid, opened: null });
    await api.saveDemoBlock({ ...ref, block: diagram('image'), opened: asMermaid });
    expect(await stored()).toMatchObject({ source: 'image', mermaid: '', image: { name: 'board.png' } });
  });

  it('still takes the same save sent twice (a retry) after dropping the hidden source', async () => {
    const { api, ref, stored } = await withReview();
    const asImage = { ...diagram('image'), mermaid: '' };
    await api.saveDemoBlock({ ...ref, block: asImage, opened: null });
    await api.saveDemoBlock({ ...ref, block: diagram('mermaid'), opened: asImage });
    await api.saveDemoBlock({ ...ref, block: diagram('mermaid'), opened: asImage });
    expect(await stored()).toMatchObject({ source: 'mermaid', image: null });
  });
});

describe('a diagram saved before Cadence dropped the hidden source, in the JSON report', () => {
  it('carries only the source the diagram is drawn from, as the other formats show it', () => {
    const { model } = fixture({
      slots: [
        {
          id: 's1',
          title: 'Traffic',
          itemId: null,
          presenterId: null,
          timeboxMinutes: 5,
          acceptance: { accepted: null, comment: '' },
          blocks: [diagram('mermaid'), { ...diagram('image'), id: 'd2' }],
        },
      ],
    });
    const json = JSON.parse(reportToJson(model, '2026-11-13T17:00:00.000Z')) as {
      demos: { blocks: Record<string, unknown>[] }[];
    };
    expect(json.demos[0]!.blocks).toEqual([
      expect.objectContaining({ id: 'd1', source: 'mermaid', mermaid: MERMAID, image: null }),
      expect.objectContaining({ id: 'd2', source: 'image', mermaid: '', image: { name: 'board.png', dataUrl: PNG } }),
    ]);
  });
});
