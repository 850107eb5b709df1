import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { member, sprint, team } from '../../helpers/fixtures';
import { resetStore, storeOverApi } from './store-over-api';

afterEach(resetStore);

describe('deleting a sprint, as the screen holds the team', () => {
  it('unlinks its standups, blockers and parking-lot topics in the screen’s copy, as in the file', async () => {
    const ada = member('Ada');
    const gone = sprint({ name: 'Sprint 9', startDate: '2026-11-16', endDate: '2026-11-27', state: 'active' });
    const doc = team('Platform', { members: [ada], sprints: [gone] });
    const backend = await storeOverApi([doc]);
    const { api, store } = backend;
    const teamId = doc.id;
    // Records of Sprint 9, which is then a planned sprint again (as a merge or an older file can leave it).
    const standup = await api.startStandup({ teamId });
    await api.raiseBlocker({ teamId, text: 'Waiting on firewall change', standupId: standup.id });
    await api.addParkingTopic({ teamId, text: 'Pager rota swap', stayIds: [ada.id] });
    await api.controlStandup({ teamId, standupId: standup.id, action: { kind: 'end' } });
    await store.mutate({ teamId }, (d) => {
      const s = d.teams[0]!.sprints[0]!;
      s.state = 'planned';
      s.commitment = null;
    });
    await useAppStore.getState().loadTeams();

    await useAppStore.getState().deleteSprint(gone.id);

    const onScreen = useAppStore.getState().team!;
    const inFile = store.snapshot().teams[0]!;
    const links = (t: typeof inFile) => [...t.standups, ...t.blockers, ...t.parkingLot].map((r) => r.sprintId);
    expect(links(inFile)).toEqual([null, null, null]);
    expect(links(onScreen)).toEqual(links(inFile));
  });
});
