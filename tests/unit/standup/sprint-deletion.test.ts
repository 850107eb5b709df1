import { afterEach, describe, expect, it } from 'vitest';
import { member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

describe('deleting a sprint the standup records name', () => {
  it('links its standups, blockers and parking-lot topics to no sprint and keeps everything else', async () => {
    const ada = member('Ada');
    const gone = sprint({ name: 'Sprint 9', startDate: '2026-11-16', endDate: '2026-11-27', state: 'active' });
    const other = sprint({ name: 'Sprint 8', startDate: '2026-11-02', endDate: '2026-11-13', state: 'closed' });
    const t = team('Platform', { members: [ada], sprints: [other, gone] });
    const dataDir = tempDir();
    writeWorkspace(dataDir, [t]);
    backend = await inProcessApi({ dataDir, now: () => new Date('2026-11-17T09:00:00.000Z') });
    const { api, store } = backend;
    const teamId = t.id;

    // Records made while Sprint 9 ran, then the sprint is a planned one again (as a merge or an older file can
    // leave it): the only kind that can be deleted.
    const standup = await api.startStandup({ teamId });
    const blocker = await api.raiseBlocker({ teamId, text: 'Waiting on firewall change', standupId: standup.id });
    const topic = await api.addParkingTopic({ teamId, text: 'Pager rota swap', stayIds: [ada.id] });
    await api.controlStandup({ teamId, standupId: standup.id, action: { kind: 'end' } });
    await store.mutate({ teamId }, (d) => {
      const s = d.teams[0]!.sprints.find((x) => x.id === gone.id)!;
      s.state = 'planned';
      s.commitment = null;
    });
    // A blocker of the other sprint keeps its link.
    await store.mutate({ teamId }, (d) => {
      d.teams[0]!.blockers.push({ ...blocker, id: crypto.randomUUID(), text: 'Older', sprintId: other.id });
    });
    const before = store.snapshot().teams[0]!;
    expect(before.blockers[0]?.sprintId).toBe(gone.id);

    await api.deleteSprint({ teamId, sprintId: gone.id });

    const after = store.snapshot().teams[0]!;
    const sprintIds = new Set(after.sprints.map((s) => s.id));
    const links = [...after.standups, ...after.blockers, ...after.parkingLot].map((r) => r.sprintId);
    expect(links.every((id) => id === null || sprintIds.has(id))).toBe(true);
    // Nothing else is lost: the same records, with only the link to the deleted sprint cleared.
    const unlinked = <R extends { sprintId: string | null }>(r: R): R =>
      r.sprintId === gone.id ? { ...r, sprintId: null } : r;
    expect(after.standups).toEqual(before.standups.map(unlinked));
    expect(after.blockers).toEqual(before.blockers.map(unlinked));
    expect(after.parkingLot).toEqual(before.parkingLot.map(unlinked));
    expect(after.blockers.map((b) => b.sprintId)).toEqual([null, other.id]);
    expect(after.parkingLot.find((p) => p.id === topic.id)?.sprintId).toBeNull();
    // The ended standup's summary still names the sprint it was held in.
    expect(after.standups[0]?.summary?.sprintName).toBe('Sprint 9');
  });
});
