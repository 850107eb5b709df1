import { describe, expect, it } from 'vitest';
import { inProcessApi } from '../../helpers/in-process-api';

/** The system's error for a file it would not write, as Node gives it (a write to an open file names no path). */
const systemError = (code: string, words: string, file?: string) =>
  Object.assign(new Error(`${code}: ${words}${file ? `, open '${file}'` : ''}`), {
    code,
    ...(file ? { path: file, syscall: 'open' } : { syscall: 'write' }),
  });

/**
 * The desktop app's "Export workspace (JSON)" writes where the person picked in the save dialog: a USB stick that
 * is full or write-protected is said as such, with what to do (another folder), never as "Something went wrong on
 * our side … Try again" (which fails the same way), nor as the data folder's disk.
 */
describe('a file the save dialog picked that the disk will not take', () => {
  const saveFailing = async (error: Error) => {
    const b = await inProcessApi();
    b.ctx.shell.saveFile = () => Promise.reject(error);
    const answer = await b.call('saveFile', { suggestedName: 'cadence-workspace-2026-12-06.json', content: '{}' });
    return { answer, dataDir: b.dataDir };
  };

  it('says the disk is full, that the file was not saved, and to free space or pick another folder', async () => {
    const { answer, dataDir } = await saveFailing(systemError('ENOSPC', 'no space left on device'));
    expect(answer.ok).toBe(false);
    const message = answer.ok ? '' : answer.error.message;
    expect(message).not.toMatch(/something went wrong/i);
    expect(message).not.toContain(dataDir);
    expect(message).toMatch(/disk is full/i);
    expect(message).toMatch(/not saved/i);
    expect(message).toMatch(/another folder/i);
  });

  it('says a folder it may not write in by its name, and to pick another', async () => {
    const { answer } = await saveFailing(
      systemError('EROFS', 'read-only file system', '/media/usb/cadence-workspace-2026-12-06.json'),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'read_only' } });
    const message = answer.ok ? '' : answer.error.message;
    expect(message).toContain('/media/usb');
    expect(message).toMatch(/not saved/i);
    expect(message).toMatch(/another folder/i);
  });
});
