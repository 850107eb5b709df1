import { describe, expect, it } from 'vitest';
import { openActionsFor, reviewAction } from '../../../src/domain/retro/carry-over';
import { healthTrend } from '../../../src/domain/retro/health';
import type { HealthCheck, RetroAction } from '../../../src/domain/retro/schema';
import { inProcessApi } from '../../helpers/in-process-api';
import { retro } from './build';

// A time written without milliseconds ("…T10:00:00Z", by an import or a script) is as valid as one with them, but as
// text "10:00:00Z" sorts after "10:00:00.500Z" ('Z' > '.'), so these retros and checks are half a second apart and
// the one written without milliseconds is the earlier.
const EARLIER = '2026-11-20T10:00:00Z';
const LATER = '2026-11-20T10:00:00.500Z';

function action(id: string): RetroAction {
  return {
    id,
    text: `Action ${id}`,
    ownerId: null,
    dueDate: null,
    type: 'prevent',
    ticketKey: '',
    sourceId: null,
    status: 'open',
    reviews: [],
    createdAt: EARLIER,
  };
}

describe('retro times written without milliseconds', () => {
  const first = retro({ title: 'Kick-off retro', createdAt: EARLIER, actions: [action('a1')] });
  const second = retro({ title: 'Follow-up retro', createdAt: LATER, actions: [] });

  it('lists the earlier retro’s open action in the later retro, and not the other way round', () => {
    expect(openActionsFor([first, second], second).map((e) => e.action.id)).toEqual(['a1']);
    expect(openActionsFor([first, second], first)).toEqual([]);
  });

  it('lets the later retro’s decision set the status when the earlier retro decided after it', () => {
    const origin = retro({ title: 'Origin retro', createdAt: '2026-11-13T10:00:00.000Z', actions: [action('o1')] });
    const retros = [origin, first, second];
    let a = reviewAction(origin.actions[0]!, second.id, 'done', '2026-11-20T11:00:00.000Z', retros);
    // The earlier retro is opened again and its "Carry over" clicked: recorded, but the later Done stands.
    a = reviewAction(a, first.id, 'carried', '2026-11-20T12:00:00.000Z', retros);
    expect(a.status).toBe('done');
  });

  it('orders health checks of one day by when they were taken', () => {
    const check = (id: string, recordedAt: string, score: number): HealthCheck => ({
      id,
      sprintId: null,
      retroId: id,
      recordedAt,
      scores: { onCallLoad: score, alertNoise: score, toil: score, deployConfidence: score },
    });
    const rows = healthTrend(
      [check('late', LATER, 4), check('early', EARLIER, 2)],
      [],
      [
        { id: 'early', title: 'Morning retro' },
        { id: 'late', title: 'Afternoon retro' },
      ],
    );
    expect(rows.map((r) => [r.label, r.change.onCallLoad])).toEqual([
      ['Morning retro', 0],
      ['Afternoon retro', 2],
    ]);
  });

  it('accepts a review of the earlier retro’s action from the later retro (api)', async () => {
    const backend = await inProcessApi();
    const team = await backend.api.createTeam({ name: 'Platform SRE' });
    await backend.store.mutate({ teamId: team.id }, (d) => {
      d.teams.find((t) => t.id === team.id)!.retros.push(first, second);
    });
    const envelope = await backend.call('reviewRetroAction', {
      teamId: team.id,
      retroId: second.id,
      fromRetroId: first.id,
      actionId: 'a1',
      outcome: 'done',
    });
    expect(envelope).toMatchObject({ ok: true });
    const refused = await backend.call('reviewRetroAction', {
      teamId: team.id,
      retroId: first.id,
      fromRetroId: second.id,
      actionId: 'a1',
      outcome: 'done',
    });
    expect(refused).toMatchObject({ ok: false });
  });
});
