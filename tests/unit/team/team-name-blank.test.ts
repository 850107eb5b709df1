import { describe, expect, it } from 'vitest';
import { inProcessApi } from '../../helpers/in-process-api';

/** A team whose name shows nothing would be a blank line in the team list and switcher, and a blank Open button. */
describe('a team name made only of invisible characters', () => {
  it('is refused like an empty name, when creating and when renaming', async () => {
    const b = await inProcessApi();
    const ops = await b.api.createTeam({ name: 'Ops' });
    for (const name of ['\u200b', '\u2060\u00ad', '\ufeff ', '\u0301']) {
      const created = await b.call('createTeam', { name });
      expect(created).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'name', message: 'Team name cannot be empty.' }] },
      });
      const renamed = await b.call('renameTeam', { teamId: ops.id, name });
      expect(renamed).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'name', message: 'Team name cannot be empty.' }] },
      });
    }
    expect(b.store.snapshot().teams.map((t) => t.name)).toEqual(['Ops']);
  });
});
