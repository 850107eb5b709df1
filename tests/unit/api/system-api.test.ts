import { describe, expect, it } from 'vitest';
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
});
