import { describe, expect, it } from 'vitest';
import { inProcessApi } from '../../helpers/in-process-api';

/** A member whose name shows nothing would be a blank button on every picker, board and phone. */
describe('a member name made only of invisible characters', () => {
  it('is refused like an empty name, when adding and when renaming', async () => {
    const b = await inProcessApi();
    const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    const ada = await b.api.addMember({ teamId, member: { name: 'Ada' } });
    const names = () =>
      b.store
        .snapshot()
        .teams.find((t) => t.id === teamId)!
        .members.map((m) => m.name);

    for (const name of ['\u200b', '\u2060\u00ad', '\ufeff ', '\u0301']) {
      const added = await b.call('addMember', { teamId, member: { name } });
      expect(added).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'member.name', message: 'Name cannot be empty.' }] },
      });
      const renamed = await b.call('updateMember', { teamId, memberId: ada.id, member: { name } });
      expect(renamed).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'member.name', message: 'Name cannot be empty.' }] },
      });
    }
    expect(names()).toEqual(['Ada']);
  });
});
