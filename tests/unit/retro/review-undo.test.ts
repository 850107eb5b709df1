import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/** A decision made in the Open actions phase by mistake can be taken back: the action reads as not reviewed there. */
describe('setting an earlier action back to not reviewed', () => {
  let b: InProcessApi;
  let teamId: string;
  const team = () => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  const newRetro = (title: string) =>
    b.api.createRetro({ teamId, kind: 'retro', title, sprintId: null, templateId: 'ops', incident: null });

  beforeEach(async () => {
    // A clock that moves one second per reading: each retro is created after the one before.
    let clock = Date.parse('2026-11-02T09:00:00.000Z');
    b = await inProcessApi({ now: () => new Date((clock += 1000)) });
    teamId = (await b.api.createTeam({ name: 'Platform SRE' })).id;
  });

  it('removes only this retro’s decision, and the status follows the decisions left', async () => {
    const s7 = await newRetro('Retro — Sprint 7');
    const action = {
      text: 'Rotate keys',
      ownerId: null,
      dueDate: null,
      type: 'process',
      ticketKey: '',
      sourceId: null,
    } as const;
    const actionId = (await b.api.addRetroAction({ teamId, retroId: s7.id, action })).actions[0]!.id;
    const s8 = await newRetro('Retro — Sprint 8');
    const s9 = await newRetro('Retro — Sprint 9');
    await b.api.reviewRetroAction({ teamId, retroId: s8.id, fromRetroId: s7.id, actionId, outcome: 'carried' });
    await b.api.reviewRetroAction({ teamId, retroId: s9.id, fromRetroId: s7.id, actionId, outcome: 'done' });
    expect(team().retros.find((r) => r.id === s7.id)!.actions[0]!.status).toBe('done');

    const answer = await b.api.reviewRetroAction({
      teamId,
      retroId: s9.id,
      fromRetroId: s7.id,
      actionId,
      outcome: null,
    });
    expect(answer.actions[0]).toMatchObject({ status: 'open', reviews: [{ retroId: s8.id, outcome: 'carried' }] });
    expect(team().retros.find((r) => r.id === s7.id)!.actions[0]).toMatchObject({
      status: 'open',
      reviews: [{ retroId: s8.id, outcome: 'carried' }],
    });
  });
});
