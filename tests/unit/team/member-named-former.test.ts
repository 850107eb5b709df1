import { describe, expect, it } from 'vitest';
import { inProcessApi } from '../../helpers/in-process-api';

/**
 * "Former member" is how every screen and export shows someone who left the team: a member of that name could
 * not be told from them (an item's owner, a shift, an action), so the name is refused, on the name field.
 */
describe('a member named "Former member"', () => {
  it('is refused when added or renamed to, in any case, and the team is left as it was', async () => {
    const b = await inProcessApi();
    const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    const refusal =
      '“Former member” is how Cadence shows someone who has left the team: pick a name that tells them apart.';
    expect(await b.call('addMember', { teamId, member: { name: ' former MEMBER ' } })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'conflict',
        message: refusal,
        issues: [{ path: 'name', message: refusal }],
      }),
    });
    const bo = await b.api.addMember({ teamId, member: { name: 'Bo' } });
    await expect(b.api.updateMember({ teamId, memberId: bo.id, member: { name: 'Former member' } })).rejects.toThrow(
      refusal,
    );
    expect(b.store.snapshot().teams[0]!.members.map((m) => m.name)).toEqual(['Bo']);
  });
});
