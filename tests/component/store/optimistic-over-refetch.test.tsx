import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { item, member, sprint, team } from '../../helpers/fixtures';
import { resetStore, storeOverApi } from './store-over-api';

/**
 * A refetch of the team (a sync pulled, another window saved) whose answer left the host before a card's move was
 * saved: shown as it is, it puts the card back in its old column, though the move is saved.
 */

afterEach(resetStore);

const ada = member('Ada');
const s = sprint({ name: 'Sprint 7', startDate: '2026-11-23', endDate: '2026-12-04', state: 'active' });
const doc = team('Ops', { members: [ada], sprints: [s], items: [item('Patch hosts', { sprintId: s.id })] });
const cardId = doc.items[0]!.id;
const status = () => useAppStore.getState().team?.items.find((i) => i.id === cardId)?.status;

describe('a card move and a refetch that crossed on the way', () => {
  it('keeps the card where it was moved when the refetch answers after the move was saved', async () => {
    let answerRefetch: () => void = () => undefined;
    // The app's own opening is answered at once; the refetch after it is held.
    let opened = false;
    const backend = await storeOverApi([doc], (api) => ({
      // The answer is read at once (before the move is saved) and delivered when the test says.
      openWorkspace: async (input) => {
        const stale = await api.openWorkspace(input);
        if (opened) await new Promise<void>((resolve) => (answerRefetch = resolve));
        return stale;
      },
    }));
    opened = true;
    const refetch = useAppStore.getState().refreshTeams();
    await useAppStore.getState().moveCard(cardId, 'in_progress');
    expect(status()).toBe('in_progress');
    answerRefetch();
    await refetch;
    expect(status()).toBe('in_progress');
    expect((await backend.api.getTeam({ teamId: doc.id })).items[0]?.status).toBe('in_progress');
  });

  it('still shows what the refetch brought for the rest of the team', async () => {
    let answerRefetch: () => void = () => undefined;
    // The app's own opening is answered at once; the refetch after it is held.
    let opened = false;
    const backend = await storeOverApi([doc], (api) => ({
      openWorkspace: async (input) => {
        if (opened) await new Promise<void>((resolve) => (answerRefetch = resolve));
        return api.openWorkspace(input);
      },
    }));
    opened = true;
    const refetch = useAppStore.getState().refreshTeams();
    const moving = useAppStore.getState().moveCard(cardId, 'review');
    await backend.api.renameTeam({ teamId: doc.id, name: 'Ops on call' });
    answerRefetch();
    await refetch;
    await moving;
    expect(useAppStore.getState().team?.name).toBe('Ops on call');
    expect(status()).toBe('review');
  });
});
