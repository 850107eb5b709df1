import { beforeEach, describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * What the team takes away (a Definition of Ready entry, a member) leaves items and standups usable: the
 * item editor sends an item back as it was stored, and a turn's notes stay the speaker's.
 */
describe('after the team takes something away', () => {
  let b: InProcessApi;
  let teamId: string;
  const team = () => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  const member = { hoursPerDay: 6, takesOnCall: true, timeZone: null };

  beforeEach(async () => {
    b = await inProcessApi({ now: () => new Date('2026-11-04T10:00:00.000Z') });
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  });

  it('an item ticked for a Definition of Ready entry deleted since saves, without the tick', async () => {
    const dor = team().settings.definitionOfReady;
    const [gone, kept] = dor.filter((e) => e.rule === null);
    const item = await b.api.createItem({
      teamId,
      item: itemFields('Patch hosts', { points: 3, readyChecks: [gone!.id, kept!.id] }),
    });
    await b.api.updateTeamSettings({ teamId, settings: { definitionOfReady: dor.filter((e) => e.id !== gone!.id) } });
    // The editor sends every field back as stored, the old tick with it.
    const saved = await b.api.updateItem({
      teamId,
      itemId: item.id,
      changes: { title: 'Patch hosts (renamed)', readyChecks: [gone!.id, kept!.id] },
    });
    expect(saved.title).toBe('Patch hosts (renamed)');
    expect(saved.readyChecks).toEqual([kept!.id]);
    // A tick the item never had, of an entry that does not exist, is still refused.
    await expect(
      b.api.updateItem({ teamId, itemId: item.id, changes: { readyChecks: ['no-such-entry'] } }),
    ).rejects.toThrow(/no longer exists/);
  });

  it('an item whose owner left the team saves as it is; a new owner must be on the team', async () => {
    const ana = await b.api.addMember({ teamId, member: { name: 'Ana', ...member } });
    const item = await b.api.createItem({ teamId, item: itemFields('Rotate keys', { ownerId: ana.id }) });
    await b.api.removeMember({ teamId, memberId: ana.id });
    const saved = await b.api.updateItem({
      teamId,
      itemId: item.id,
      changes: { title: 'Rotate keys now', ownerId: ana.id },
    });
    expect(saved.title).toBe('Rotate keys now');
    const bo = await b.api.addMember({ teamId, member: { name: 'Bo', ...member } });
    await b.api.removeMember({ teamId, memberId: bo.id });
    await expect(b.api.updateItem({ teamId, itemId: item.id, changes: { ownerId: bo.id } })).rejects.toThrow(
      /not on this team/,
    );
  });

  it("a speaker removed during their turn keeps the turn's notes", async () => {
    const ana = await b.api.addMember({ teamId, member: { name: 'Ana', ...member } });
    await b.api.addMember({ teamId, member: { name: 'Bo', ...member } });
    const standup = await b.api.startStandup({ teamId, absentIds: [] });
    // The first turn is Ana's (turns follow the members' order).
    expect(standup.timer.turns[0]?.memberId).toBe(ana.id);
    await b.api.removeMember({ teamId, memberId: ana.id });
    const after = await b.api.addStandupNote({ teamId, standupId: standup.id, text: 'Rolled back the canary' });
    expect(after.notes.map((n) => [n.memberId, n.text])).toEqual([[ana.id, 'Rolled back the canary']]);
  });
});
