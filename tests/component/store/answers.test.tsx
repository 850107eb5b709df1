import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CadenceApi } from '../../../src/api/contract';
import type { TeamDoc } from '../../../src/domain/workspace';
import { upsertById } from '../../../renderer/store/team-results';
import { useAppStore } from '../../../renderer/store';
import { member, team } from '../../helpers/fixtures';
import { resetStore, storeOverApi } from './store-over-api';

/**
 * An api answer is new JSON: folded back as it is, it would give every object on screen a new identity,
 * and every memoized row would render again. An answer that confirms what the screen shows changes
 * nothing; one that differs changes only what differs.
 */

/** Every answer as the transports bring it: parsed from JSON, so no object is shared with the host's. */
function overTheWire(api: CadenceApi): CadenceApi {
  return new Proxy(api, {
    get(target, key: string) {
      const call = target[key as keyof CadenceApi] as unknown;
      if (typeof call !== 'function') return call;
      return async (input: unknown) =>
        JSON.parse(JSON.stringify(await (call as (i: unknown) => Promise<unknown>)(input))) as unknown;
    },
  });
}

async function open(doc: TeamDoc, patch: (api: CadenceApi) => Partial<CadenceApi> = () => ({})) {
  const backend = await storeOverApi([doc], patch, overTheWire);
  const api = backend.api;
  const teamId = doc.id;
  const retro = await api.createRetro({
    teamId,
    kind: 'retro',
    title: 'Retro — Sprint 7',
    sprintId: null,
    templateId: 'mad-sad-glad',
    incident: null,
  });
  const columnId = retro.columns[0]?.id ?? '';
  for (const text of ['Pager noise at night', 'Runbooks out of date', 'Deploys went well'])
    await api.addRetroCard({ teamId, retroId: retro.id, columnId, text, authorId: null });
  await api.revealRetroCards({ teamId, retroId: retro.id, revealed: true });
  await useAppStore.getState().loadTeams();
  return { backend, retroId: retro.id };
}

const shown = () => useAppStore.getState().team;
const shownRetro = (id: string) => shown()?.retros.find((r) => r.id === id);

afterEach(resetStore);

describe('folding an api answer back', () => {
  it('a vote the answer confirms keeps the cards and votes the vote showed', async () => {
    const ana = member('Ana');
    const { retroId } = await open(team('Ops', { members: [ana] }));
    const before = shownRetro(retroId);
    const card = before?.cards[0]?.id ?? '';

    const voting = useAppStore.getState().castRetroVote(retroId, ana.id, card, 1);
    const afterVote = shownRetro(retroId);
    const saved = await voting;

    expect(saved.votes).toEqual([{ voterId: ana.id, targetId: card, count: 1 }]);
    const afterAnswer = shownRetro(retroId);
    // The answer's time of change is taken; the cards (every row of the vote list) and the votes the
    // screen already showed stay the same objects, so no row renders again.
    expect(afterAnswer?.updatedAt).toBe(saved.updatedAt);
    expect(afterAnswer?.cards).toBe(before?.cards);
    expect(afterAnswer?.votes).toBe(afterVote?.votes);
  });

  it('a change that changes no field leaves the team shown (and every screen) as it was', async () => {
    const { retroId } = await open(team('Ops'));
    const shownBefore = shown();
    const teamId = shownBefore?.id ?? '';
    const retro = shownRetro(retroId);
    if (!retro) throw new Error('no retro');
    // The retro exactly as the screen has it, as an answer parsed from JSON would bring it back.
    const same = JSON.parse(JSON.stringify(retro)) as typeof retro;
    useAppStore.getState().patchTeam(teamId, (t) => ({ ...t, retros: upsertById(t.retros, same) }));
    expect(shown()).toBe(shownBefore);
  });

  it("a change that leaves the team's name and counts keeps the team list; one that changes a count updates its line", async () => {
    const ana = member('Ana');
    const { retroId } = await open(team('Ops', { members: [ana] }));
    const teams = useAppStore.getState().teams;
    const card = shownRetro(retroId)?.cards[0]?.id ?? '';

    await useAppStore.getState().castRetroVote(retroId, ana.id, card, 1);
    expect(shownRetro(retroId)?.votes).toHaveLength(1);
    // The switcher and the room's invite read this list: it is the same array, so they do not render again.
    expect(useAppStore.getState().teams).toBe(teams);

    await useAppStore.getState().addMember({ name: 'Bo', role: 'SRE', hoursPerDay: 6, takesOnCall: false });
    expect(useAppStore.getState().teams.map((t) => t.memberCount)).toEqual([2]);
  });

  it('an answer that differs is shown, and the parts it did not change keep their objects', async () => {
    const ana = member('Ana');
    const { retroId } = await open(team('Ops', { members: [ana] }), (api) => ({
      // Someone in the room renamed a card while the vote was on its way.
      castRetroVotes: async (input) => {
        const saved = await api.castRetroVotes(input);
        return { ...saved, cards: saved.cards.map((c, i) => (i === 2 ? { ...c, text: 'Deploys went smoothly' } : c)) };
      },
    }));
    const before = shownRetro(retroId);
    const [first, second] = before?.cards ?? [];

    await useAppStore.getState().castRetroVote(retroId, ana.id, first?.id ?? '', 1);

    const after = shownRetro(retroId);
    expect(after?.cards.map((c) => c.text)).toEqual([
      'Pager noise at night',
      'Runbooks out of date',
      'Deploys went smoothly',
    ]);
    expect(after?.cards[0]).toBe(first);
    expect(after?.cards[1]).toBe(second);
    expect(after?.columns).toBe(before?.columns);
  });

  it('a team fetched again after a change in the room keeps every object the room did not change', async () => {
    const ana = member('Ana');
    const { backend, retroId } = await open(team('Ops', { members: [ana] }));
    const before = shown();
    const retro = shownRetro(retroId);
    const card = retro?.cards[1]?.id ?? '';
    // Ana votes from her phone: the data changes behind the screen's back, and the host says so.
    await backend.api.castRetroVotes({ teamId: before?.id ?? '', retroId, voterId: ana.id, targetId: card, delta: 1 });
    useAppStore.getState().applyEvent({ type: 'team-changed', teamId: before?.id ?? '' });

    await vi.waitFor(() => expect(shownRetro(retroId)?.votes).toHaveLength(1));
    expect(shown()?.members).toBe(before?.members);
    expect(shown()?.items).toBe(before?.items);
    expect(shown()?.settings).toBe(before?.settings);
    expect(shownRetro(retroId)?.cards).toBe(retro?.cards);
  });
});
