import { afterEach, describe, expect, it } from 'vitest';
import type { CadenceApi } from '../../../src/api/contract';
import { useAppStore } from '../../../renderer/store';
import { item, itemFields, member, team } from '../../helpers/fixtures';
import { resetStore, storeOverApi } from './store-over-api';

/**
 * A call answers after the facilitator switched teams: its result belongs to the team it was made for,
 * never to the team open when it comes back.
 */

/** Holds every call to one method until `release`; the real api then answers it. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  let calls = 0;
  return {
    hold:
      <I, O>(real: (input: I) => Promise<O>) =>
      async (input: I): Promise<O> => {
        calls += 1;
        await opened;
        return real(input);
      },
    release: () => open(),
    calls: () => calls,
  };
}

const alpha = team('Alpha', { members: [member('Ada')], items: [item('Patch hosts')] });
const bravo = team('Bravo', { members: [member('Bo')], items: [item('Rotate keys')] });

function open(patch: (api: CadenceApi) => Partial<CadenceApi>) {
  localStorage.setItem('cadence.lastTeam', alpha.id);
  return storeOverApi([structuredClone(alpha), structuredClone(bravo)], patch);
}

const state = () => useAppStore.getState();

afterEach(resetStore);

describe('a result that comes back after a team switch', () => {
  it('a new item stays in its own team and the list counts it there', async () => {
    const held = gate();
    const backend = await open((api) => ({ createItem: held.hold(api.createItem) }));
    expect(state().team?.id).toBe(alpha.id);

    const creating = state().createItem(itemFields('Renew certificates'));
    await state().selectTeam(bravo.id);
    held.release();
    await creating;

    expect(state().team?.id).toBe(bravo.id);
    expect(state().team?.items.map((i) => i.title)).toEqual(['Rotate keys']);
    const stored = await backend.api.getTeam({ teamId: alpha.id });
    expect(stored.items.map((i) => i.title)).toEqual(['Patch hosts', 'Renew certificates']);
    await expect.poll(() => state().teams.find((t) => t.id === alpha.id)?.itemCount).toBe(2);
    expect(state().teams.find((t) => t.id === bravo.id)?.itemCount).toBe(1);
  });

  it('settings saved for one team are not shown in, and so not saved again into, the other', async () => {
    const held = gate();
    const backend = await open((api) => ({ updateTeamSettings: held.hold(api.updateTeamSettings) }));

    const saving = state().updateSettings({ sprintLengthDays: 15 });
    await state().selectTeam(bravo.id);
    held.release();
    await saving;

    expect(state().team?.settings.sprintLengthDays).toBe(bravo.settings.sprintLengthDays);
    // Saving Bravo's form now writes what Bravo's screen shows, not Alpha's new value.
    await state().updateSettings({ ...state().team!.settings });
    expect((await backend.api.getTeam({ teamId: bravo.id })).settings.sprintLengthDays).toBe(
      bravo.settings.sprintLengthDays,
    );
    expect((await backend.api.getTeam({ teamId: alpha.id })).settings.sprintLengthDays).toBe(15);
  });

  it('a new sprint is neither added to the other team nor opened on its planning screen', async () => {
    const held = gate();
    await open((api) => ({ createSprint: held.hold(api.createSprint) }));

    const creating = state().createSprint({
      name: 'Sprint 9',
      goal: '',
      startDate: '2026-11-23',
      endDate: '2026-12-04',
    });
    await state().selectTeam(bravo.id);
    held.release();
    await creating;

    expect(state().team?.sprints).toEqual([]);
    expect(state().planningSprintId).toBeNull();
  });

  it('a member added to one team does not appear in the other', async () => {
    const held = gate();
    await open((api) => ({ addMember: held.hold(api.addMember) }));

    const adding = state().addMember({ name: 'Cy', role: 'SRE', hoursPerDay: 6, takesOnCall: true });
    await state().selectTeam(bravo.id);
    held.release();
    await adding;

    expect(state().team?.members.map((m) => m.name)).toEqual(['Bo']);
    await expect.poll(() => state().teams.find((t) => t.id === alpha.id)?.memberCount).toBe(2);
  });

  it('picking two teams quickly shows the one picked last, whichever answer comes last', async () => {
    const held = gate();
    await open((api) => ({
      getTeam: (input) => (input.teamId === alpha.id ? held.hold(api.getTeam)(input) : api.getTeam(input)),
    }));
    await state().selectTeam(bravo.id);

    const first = state().selectTeam(alpha.id);
    await state().selectTeam(bravo.id);
    held.release();
    await first;

    expect(state().team?.id).toBe(bravo.id);
  });
});
