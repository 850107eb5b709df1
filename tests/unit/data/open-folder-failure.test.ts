import { describe, expect, it } from 'vitest';
import { inProcessApi } from '../../helpers/in-process-api';

/**
 * "Open backups folder" when the desktop's file manager cannot open it (no file manager set for folders, a folder
 * the system will not show): the person is told where the backups are, to open it by hand, not "Something went
 * wrong on our side … Try again", which fails the same way.
 */
describe('Open backups folder, refused by the file manager', () => {
  it('says so, with the folder’s path, and the file manager’s reason', async () => {
    const b = await inProcessApi();
    b.ctx.shell.openFolder = () => Promise.reject(new Error('Failed to open path'));
    const answer = await b.call('openBackupsFolder', {});
    expect(answer.ok).toBe(false);
    const message = answer.ok ? '' : answer.error.message;
    expect(message).not.toMatch(/something went wrong/i);
    expect(message).toContain(b.store.backups.folder);
    expect(message).toContain('Failed to open path');
  });
});
