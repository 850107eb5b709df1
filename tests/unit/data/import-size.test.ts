import { describe, expect, it } from 'vitest';
import { MAX_WORKSPACE_FILE_BYTES } from '../../../src/api/contract/data';
import { item, member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

const MB = 1024 * 1024;

async function seeded() {
  const dir = tempDir();
  writeWorkspace(dir, [team('Platform', { members: [member('Ana')], items: [item('Rotate certs')] })]);
  return inProcessApi({ dataDir: dir });
}

describe('how large a workspace file may be', () => {
  it('is one bound in bytes, with headroom over the large bench workspace (19.1 MB compact, 32.8 MB pretty)', () => {
    expect(MAX_WORKSPACE_FILE_BYTES).toBe(100 * MB);
  });

  it('writes the export compactly, as the team files are, and the compact file imports back', async () => {
    const source = await seeded();
    const { content } = await source.api.exportWorkspace({});
    expect(content).toBe(JSON.stringify(JSON.parse(content)));
    const target = await inProcessApi();
    await target.api.importWorkspace({ content });
    expect(target.store.snapshot()).toEqual(source.store.snapshot());
  });

  it('still imports a pretty-printed export, even one between the old 24 MB limit and the bound', async () => {
    const source = await seeded();
    const pretty = JSON.stringify(JSON.parse((await source.api.exportWorkspace({})).content), null, 2);
    // Trailing whitespace is valid JSON: a 30 MB file without building a 30 MB workspace.
    const content = pretty + ' '.repeat(30 * MB - pretty.length);
    const target = await inProcessApi();
    expect(await target.api.previewImport({ content })).toEqual({
      migratedFrom: null,
      teams: [{ name: 'Platform', members: 1, items: 1 }],
    });
    await target.api.importWorkspace({ content });
    expect(target.store.snapshot()).toEqual(source.store.snapshot());
  });

  it('refuses a file over the bound with a clear message, counting UTF-8 bytes rather than characters', async () => {
    const { call } = await seeded();
    // toMatchObject passes any string against a RegExp here, so the message is matched on its own.
    const refusal = async (method: string, content: string) => {
      const answer = await call(method, { content });
      expect(answer.ok).toBe(false);
      return answer.ok ? '' : `${answer.error.code}: ${answer.error.message}`;
    };
    const tooLarge = /^invalid_input: The file is larger than 100 MB; that is not a Cadence export\.$/;
    expect(await refusal('previewImport', 'x'.repeat(100 * MB + 1))).toMatch(tooLarge);
    // Half as many characters as the bound allows bytes, but each is two bytes in the file.
    expect(await refusal('importWorkspace', 'é'.repeat((100 * MB) / 2 + 1))).toMatch(tooLarge);
  });
});
