import { beforeEach, describe, expect, it } from 'vitest';
import { openActionsFor } from '../../../src/domain/retro/carry-over';
import type { ActionFields } from '../../../src/domain/retro/schema';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * An action outlives what it pointed at: the topic it came from (grouped or deleted since), its owner (who
 * left the team), and the retros that reviewed it (one deleted since). The edit form sends an action back
 * as it was stored, and the open actions of the next retro follow the decisions that are left.
 */
describe('retro actions after the board, the team or the retros change', () => {
  let b: InProcessApi;
  let teamId: string;
  let ana: string;
  const member = { role: 'SRE', hoursPerDay: 6, takesOnCall: true };
  const team = () => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  const stored = (retroId: string) => team().retros.find((r) => r.id === retroId)!;
  const fields = (text: string, extra: Partial<ActionFields> = {}): ActionFields => ({
    text,
    ownerId: null,
    dueDate: null,
    type: 'prevent',
    ticketKey: '',
    sourceId: null,
    ...extra,
  });
  const newRetro = (title: string) =>
    b.api.createRetro({ teamId, kind: 'retro', title, sprintId: null, templateId: 'ops', incident: null });

  beforeEach(async () => {
    // A clock that moves one second per reading: each retro is created after the one before.
    let clock = Date.parse('2026-11-02T09:00:00.000Z');
    b = await inProcessApi({ now: () => new Date((clock += 1000)) });
    teamId = (await b.api.createTeam({ name: 'Platform SRE' })).id;
    ana = (await b.api.addMember({ teamId, member: { name: 'Ana', ...member } })).id;
  });

  it('an action whose topic is no longer on the board saves as it is; a new link must name a card or group', async () => {
    const r = await newRetro('Retro — Sprint 7');
    await b.api.addRetroCard({ teamId, retroId: r.id, columnId: 'alerts', text: 'Paging at night' });
    const cardId = stored(r.id).cards[0]!.id;
    const added = await b.api.addRetroAction({
      teamId,
      retroId: r.id,
      action: fields('Route P3 alerts to Jira', { sourceId: cardId }),
    });
    const action = added.actions[0]!;
    // A link left by an older version, to a topic merged away since (no screen lists it any more).
    await b.store.mutate({ teamId }, (d) => {
      d.teams[0]!.retros[0]!.actions[0]!.sourceId = 'merged-away-group';
    });
    // The edit form sends every field back as stored, the old link with it.
    const saved = await b.api.updateRetroAction({
      teamId,
      retroId: r.id,
      actionId: action.id,
      changes: fields('Route P3 alerts to a ticket queue', { sourceId: 'merged-away-group' }),
    });
    expect(saved.actions[0]).toMatchObject({
      text: 'Route P3 alerts to a ticket queue',
      sourceId: 'merged-away-group',
    });
    await expect(
      b.api.updateRetroAction({
        teamId,
        retroId: r.id,
        actionId: action.id,
        changes: { sourceId: 'another-missing-topic' },
      }),
    ).rejects.toThrow(/no longer in the retro/);
  });

  it('an action whose owner left the team saves as it is; a new owner must be on the team', async () => {
    const bo = (await b.api.addMember({ teamId, member: { name: 'Bo', ...member } })).id;
    const r = await newRetro('Retro — Sprint 7');
    const added = await b.api.addRetroAction({ teamId, retroId: r.id, action: fields('Rotate keys', { ownerId: bo }) });
    const action = added.actions[0]!;
    await b.api.removeMember({ teamId, memberId: bo });
    const saved = await b.api.updateRetroAction({
      teamId,
      retroId: r.id,
      actionId: action.id,
      changes: fields('Rotate keys this week', { ownerId: bo }),
    });
    expect(saved.actions[0]).toMatchObject({ text: 'Rotate keys this week', ownerId: bo });
    const cy = (await b.api.addMember({ teamId, member: { name: 'Cy', ...member } })).id;
    await b.api.removeMember({ teamId, memberId: cy });
    await expect(
      b.api.updateRetroAction({ teamId, retroId: r.id, actionId: action.id, changes: { ownerId: cy } }),
    ).rejects.toThrow(/not a member/);
    const moved = await b.api.updateRetroAction({
      teamId,
      retroId: r.id,
      actionId: action.id,
      changes: { ownerId: ana },
    });
    expect(moved.actions[0]?.ownerId).toBe(ana);
  });

  it('deleting a retro takes its decisions on earlier actions with it: they read what is left', async () => {
    const s7 = await newRetro('Retro — Sprint 7');
    for (const text of ['Automate cert renewal', 'Tidy alert routing', 'Rotate keys', 'Retire old dashboards']) {
      await b.api.addRetroAction({ teamId, retroId: s7.id, action: fields(text) });
    }
    const [cert, routing, keys, dashboards] = stored(s7.id).actions.map((a) => a.id);
    const review = (retroId: string, actionId: string, outcome: 'done' | 'carried' | 'dropped') =>
      b.api.reviewRetroAction({ teamId, retroId, fromRetroId: s7.id, actionId, outcome });
    const s8 = await newRetro('Retro — Sprint 8');
    await review(s8.id, keys!, 'carried');
    await review(s8.id, dashboards!, 'dropped');
    // A duplicate retro made by mistake, whose Open actions phase was clicked through, then deleted.
    const oops = await newRetro('Retro — Sprint 9 (duplicate)');
    await review(oops.id, cert!, 'done');
    await review(oops.id, routing!, 'dropped');
    await review(oops.id, keys!, 'done');
    await review(oops.id, dashboards!, 'carried');
    await b.api.deleteRetro({ teamId, retroId: oops.id });

    const left = Object.fromEntries(stored(s7.id).actions.map((a) => [a.id, a]));
    expect(left[cert!]).toMatchObject({ status: 'open', reviews: [] });
    expect(left[routing!]).toMatchObject({ status: 'open', reviews: [] });
    expect(left[keys!]).toMatchObject({ status: 'open', reviews: [{ retroId: s8.id, outcome: 'carried' }] });
    expect(left[dashboards!]).toMatchObject({ status: 'dropped', reviews: [{ retroId: s8.id, outcome: 'dropped' }] });
    const s9 = await newRetro('Retro — Sprint 9');
    const listed = openActionsFor(team().retros, stored(s9.id)).map((e) => e.action.text);
    expect(listed).toEqual(['Automate cert renewal', 'Tidy alert routing', 'Rotate keys']);
  });

  it('a click in an older retro records its review but leaves the later retro’s decision standing', async () => {
    const s7 = await newRetro('Retro — Sprint 7');
    const actionId = (await b.api.addRetroAction({ teamId, retroId: s7.id, action: fields('Rotate keys') })).actions[0]!
      .id;
    const review = (retroId: string, outcome: 'done' | 'carried' | 'dropped') =>
      b.api.reviewRetroAction({ teamId, retroId, fromRetroId: s7.id, actionId, outcome });
    const s8 = await newRetro('Retro — Sprint 8');
    await review(s8.id, 'carried');
    const s9 = await newRetro('Retro — Sprint 9');
    await review(s9.id, 'done');
    // S8 is opened again (to export it, say), and its "Carry over" is clicked again, then "Drop".
    await review(s8.id, 'carried');
    let action = stored(s7.id).actions[0]!;
    expect(action.status).toBe('done');
    expect(action.reviews.map((r) => [r.retroId, r.outcome])).toEqual([
      [s9.id, 'done'],
      [s8.id, 'carried'],
    ]);
    await review(s8.id, 'dropped');
    expect(stored(s7.id).actions[0]?.status).toBe('done');
    // The latest retro can still change its own decision.
    await review(s9.id, 'carried');
    action = stored(s7.id).actions[0]!;
    expect(action.status).toBe('open');
    const s10 = await newRetro('Retro — Sprint 10');
    expect(openActionsFor(team().retros, stored(s10.id)).map((e) => e.action.text)).toEqual(['Rotate keys']);
  });
});
