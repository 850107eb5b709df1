import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adoptJoinedTeam, applyMergedTeam, TeamMovedOn } from '../../../src/services/sync-apply-service';
import { item, itemFields, team } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

describe('the sync apply service', () => {
  it('replaces the team after a backup, in one write', async () => {
    const { api, ctx, store } = await inProcessApi();
    const teamId = (await api.createTeam({ name: 'Platform' })).id;
    const mine = store.snapshot().teams[0]!;
    await applyMergedTeam(ctx, mine, { ...mine, items: [item('From the remote')] });
    expect(store.snapshot().teams[0]!.items.map((i) => i.title)).toEqual(['From the remote']);
    expect(store.snapshot().teams[0]!.id).toBe(teamId);
    expect(readdirSync(store.backups.folder).some((f) => f.includes('before-sync'))).toBe(true);
  });

  it('writes nothing when the team changed since the merge was made, so that change is not lost', async () => {
    const { api, ctx, store } = await inProcessApi();
    const teamId = (await api.createTeam({ name: 'Platform' })).id;
    const stale = store.snapshot().teams[0]!;
    await api.createItem({
      teamId,
      item: itemFields('Saved meanwhile'),
    });
    await expect(applyMergedTeam(ctx, stale, { ...stale, name: 'Merged' })).rejects.toBeInstanceOf(TeamMovedOn);
    expect(store.snapshot().teams[0]!.items.map((i) => i.title)).toEqual(['Saved meanwhile']);
    expect(store.snapshot().teams[0]!.name).toBe('Platform');
  });

  it('refuses a merged team that does not validate, naming where', async () => {
    const { api, ctx, store } = await inProcessApi();
    await api.createTeam({ name: 'Platform' });
    const mine = store.snapshot().teams[0]!;
    await expect(applyMergedTeam(ctx, mine, { ...mine, name: '' })).rejects.toThrow(/at name/);
    // A record the merge brought is checked, beside the ones this machine holds (valid already).
    const broken = { ...item('From the remote'), points: -3 };
    await expect(applyMergedTeam(ctx, mine, { ...mine, items: [...mine.items, broken] })).rejects.toThrow(/points/);
    expect(store.snapshot().teams[0]).toBe(mine);
  });

  it('adopts a joined team, refusing one whose name is taken here by another team', async () => {
    const { api, ctx, store } = await inProcessApi();
    await api.createTeam({ name: 'Platform' });
    await expect(adoptJoinedTeam(ctx, team('platform'))).rejects.toThrow(/rename it first/);
    await adoptJoinedTeam(ctx, team('Network'));
    expect(store.snapshot().teams.map((t) => t.name)).toEqual(['Platform', 'Network']);
  });

  it('refuses a joined team whose name reads as one here in another Unicode spelling, as the merge would rename it', async () => {
    const { api, ctx, store } = await inProcessApi();
    await api.createTeam({ name: 'Équipe réseau'.normalize('NFC') });
    await expect(adoptJoinedTeam(ctx, team('Équipe réseau'.normalize('NFD')))).rejects.toThrow(/rename it first/);
    expect(store.snapshot().teams).toHaveLength(1);
  });

  it('gives a merged name that another team here uses a suffix, as a rename here would be refused, and says so', async () => {
    const { api, ctx, store } = await inProcessApi();
    await api.createTeam({ name: 'Platform' });
    await api.createTeam({ name: 'Platform (2)' });
    const opsId = (await api.createTeam({ name: 'Ops' })).id;
    const mine = store.snapshot().teams.find((t) => t.id === opsId)!;
    const applied = await applyMergedTeam(ctx, mine, { ...mine, name: 'platform' });
    expect(store.snapshot().teams.map((t) => t.name)).toEqual(['Platform', 'Platform (2)', 'platform (3)']);
    expect(applied.team.name).toBe('platform (3)');
    expect(applied.notes).toEqual([
      '“Ops” was renamed to “platform” on another machine, but a team here already has that name: it is now “platform (3)”, here and on the remote. Rename one of the two to tell them apart.',
    ]);
  });
});
