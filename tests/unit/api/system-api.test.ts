import { describe, expect, it } from 'vitest';
import { MAX_WORKSPACE_FILE_BYTES } from '../../../src/api/contract/data';
import { systemContract } from '../../../src/api/contract/system';
import { inProcessApi } from '../../helpers/in-process-api';

describe('desktop-only file methods', () => {
  it('answers unsupported in browser mode, so the page downloads or prints instead', async () => {
    const { call } = await inProcessApi();
    expect(await call('saveFile', { suggestedName: 'report.md', content: '# hi' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    expect(await call('savePdf', { suggestedName: 'report.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: expect.stringContaining('print instead') },
    });
  });

  it('hands a valid request to the desktop shell and returns the chosen path', async () => {
    const backend = await inProcessApi();
    const asked: string[] = [];
    backend.ctx.shell.savePdf = async ({ suggestedName }) => {
      asked.push(suggestedName);
      return `/home/sm/${suggestedName}`;
    };
    expect(await backend.call('savePdf', { suggestedName: 'Sprint 7 report.pdf' })).toEqual({
      ok: true,
      value: { path: '/home/sm/Sprint 7 report.pdf' },
    });
    expect(asked).toEqual(['Sprint 7 report.pdf']);
  });

  it('refuses file names that are not plain PDF names before reaching the shell', async () => {
    const backend = await inProcessApi();
    let called = false;
    backend.ctx.shell.savePdf = async () => {
      called = true;
      return null;
    };
    for (const name of ['../../etc/passwd.pdf', 'report.html', 'a/b.pdf', '']) {
      expect((await backend.call('savePdf', { suggestedName: name })).ok, name).toBe(false);
    }
    expect(called).toBe(false);
  });

  it('bounds a saved file by its bytes, not by its characters', () => {
    const save = systemContract.saveFile.input;
    // "€" is one character and three bytes: a third of the bound and one more is over it once saved.
    const euros = '€'.repeat(MAX_WORKSPACE_FILE_BYTES / 3 + 1);
    const over = save.safeParse({ suggestedName: 'notes.md', content: euros });
    expect(over.success).toBe(false);
    expect(over.error?.issues).toEqual([
      expect.objectContaining({ path: ['content'], message: 'The export is larger than 100 MB.' }),
    ]);
    expect(save.safeParse({ suggestedName: 'notes.md', content: euros.slice(2) }).success).toBe(true);
    // A binary file sent as base64 (4 characters per 3 bytes) is bounded by its decoded size: one of the bound's
    // size passes, though its text is longer than the bound; 3 bytes more do not.
    const base64 = (bytes: number) => 'A'.repeat((bytes / 3) * 4);
    const atBound = MAX_WORKSPACE_FILE_BYTES - (MAX_WORKSPACE_FILE_BYTES % 3);
    expect(save.safeParse({ suggestedName: 'a.png', content: base64(atBound), encoding: 'base64' }).success).toBe(true);
    expect(save.safeParse({ suggestedName: 'a.png', content: base64(atBound + 3), encoding: 'base64' }).success).toBe(
      false,
    );
  });
});
