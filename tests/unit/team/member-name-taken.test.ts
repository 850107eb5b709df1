import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * A member's name is how every picker, the standup order, the command line's --member and a retro import
 * tell the people of a team apart: two members may not share one, case and outer spaces aside.
 */
describe('two members of one name', () => {
  let b: InProcessApi;
  let teamId: string;
  const names = () =>
    b.store
      .snapshot()
      .teams.find((t) => t.id === teamId)!
      .members.map((m) => m.name);

  beforeEach(async () => {
    b = await inProcessApi();
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    await b.api.addMember({ teamId, member: { name: 'Ada' } });
  });

  it('a second "Ada" (any case, any outer spaces) is refused with a message that names the field', async () => {
    const answer = await b.call('addMember', { teamId, member: { name: '  ada ' } });
    expect(answer).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'conflict',
        message: 'There is already a member named “Ada”: add an initial or a surname to tell the two apart.',
        issues: [
          {
            path: 'name',
            message: 'There is already a member named “Ada”: add an initial or a surname to tell the two apart.',
          },
        ],
      }),
    });
    expect(names()).toEqual(['Ada']);
    await b.api.addMember({ teamId, member: { name: 'Ada K.' } });
    expect(names()).toEqual(['Ada', 'Ada K.']);
  });

  it("renaming a member to another member's name is refused; their own name in another case is not", async () => {
    const bo = await b.api.addMember({ teamId, member: { name: 'Bo' } });
    await expect(b.api.updateMember({ teamId, memberId: bo.id, member: { name: 'ADA' } })).rejects.toThrow(
      'There is already a member named “Ada”',
    );
    expect(names()).toEqual(['Ada', 'Bo']);
    await b.api.updateMember({ teamId, memberId: bo.id, member: { name: 'BO', hoursPerDay: 4 } });
    expect(names()).toEqual(['Ada', 'BO']);
  });
});

describe('two teams of one name', () => {
  it('"Café" typed with a combining accent is the name of the team "Café" already there, as the command line reads it', async () => {
    const b = await inProcessApi();
    await b.api.createTeam({ name: 'Caf\u00e9' });
    await expect(b.api.createTeam({ name: 'cafe\u0301' })).rejects.toThrow('A team named “cafe\u0301” already exists.');
    const other = await b.api.createTeam({ name: 'Network' });
    await expect(b.api.renameTeam({ teamId: other.id, name: 'CAFE\u0301' })).rejects.toThrow('already exists');
    expect(b.store.snapshot().teams.map((t) => t.name)).toEqual(['Caf\u00e9', 'Network']);
  });
});
