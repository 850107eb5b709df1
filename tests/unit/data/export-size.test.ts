import { describe, expect, it } from 'vitest';
import { fitsWorkspaceFile } from '../../../src/api/contract/data';
import { DomainError } from '../../../src/domain/shared/errors';
import { exportWorkspace } from '../../../src/services/data-transfer-service';
import { item, member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

/** A workspace whose export holds two-byte characters, so its UTF-8 size is more than its length. */
async function seeded() {
  const dir = tempDir();
  writeWorkspace(dir, [team('Équipe réseau', { members: [member('Zoë')], items: [item('Rotate certs')] })]);
  return inProcessApi({ dataDir: dir, now: () => new Date('2026-11-27T10:00:00.000Z') });
}

/** What the export is refused with at this bound (in bytes); fails the test when it is not refused. */
function refusalAt(ctx: Parameters<typeof exportWorkspace>[0], bound: number): DomainError {
  try {
    exportWorkspace(ctx, bound);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`the export was not refused at a bound of ${bound} bytes`);
}

describe('a workspace export over the bound an import takes', () => {
  it('is refused at export time, saying why and what to do instead, and changes nothing', async () => {
    const { ctx, api, store } = await seeded();
    const { content } = await api.exportWorkspace({});
    const bytes = new TextEncoder().encode(content).length;
    const before = store.snapshot();

    const refusal = refusalAt(ctx, bytes - 1);
    expect(refusal.code).toBe('too_large');
    expect(refusal.message).toMatch(/^This workspace is too large to export as one file: /);
    expect(refusal.message).toMatch(/Cadence imports workspace files of up to/);
    expect(refusal.message).toMatch(/copy the data folder/);
    expect(refusal.message).toContain(store.dataDir);
    expect(store.snapshot()).toBe(before);
  });

  it('counts the bytes of the file, not its characters', async () => {
    const { ctx, api } = await seeded();
    const { content } = await api.exportWorkspace({});
    const bytes = new TextEncoder().encode(content).length;
    expect(bytes).toBeGreaterThan(content.length);
    // As many bytes as characters would fit the text's length, but the file is larger.
    expect(refusalAt(ctx, content.length).code).toBe('too_large');
    // Exactly at the bound, the file is exported, and an import of the same bound takes it.
    expect(exportWorkspace(ctx, bytes).content).toBe(content);
    expect(fitsWorkspaceFile(content, bytes)).toBe(true);
    expect(fitsWorkspaceFile(content, bytes - 1)).toBe(false);
  });
});
