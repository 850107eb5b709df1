import { describe, expect, it } from 'vitest';
import { inProcessApi } from '../../helpers/in-process-api';

/**
 * A timer's key names a property of the stored retro, so only the retro's phases and topics may be
 * one: a member every object has ("constructor") wrote a timer no later start, restore or import
 * could read.
 */
async function retroWithCard() {
  const backend = await inProcessApi({ now: () => new Date('2026-11-27T09:00:00.000Z') });
  const team = await backend.api.createTeam({ name: 'Platform SRE' });
  const retro = await backend.api.createRetro({
    teamId: team.id,
    kind: 'retro',
    title: 'Retro',
    sprintId: null,
    templateId: 'ops',
    incident: null,
  });
  const card = (
    await backend.api.addRetroCard({ teamId: team.id, retroId: retro.id, columnId: 'alerts', text: 'Noise' })
  ).cards[0]!;
  return { backend, teamId: team.id, retroId: retro.id, cardId: card.id };
}

describe('retro timers', () => {
  it("runs a phase's timer and a topic's", async () => {
    const { backend, teamId, retroId, cardId } = await retroWithCard();
    await backend.api.setRetroTimer({ teamId, retroId, key: 'write', action: 'start', durationMs: 60_000 });
    const after = await backend.api.setRetroTimer({ teamId, retroId, key: `topic:${cardId}`, action: 'start' });
    expect(Object.keys(after.timers).sort()).toEqual([`topic:${cardId}`, 'write']);
    expect(after.timers.write).toMatchObject({ durationMs: 60_000, startedAt: '2026-11-27T09:00:00.000Z' });
  });

  it('refuses any other key, changing nothing, and the workspace still exports and imports back', async () => {
    const { backend, teamId, retroId } = await retroWithCard();
    for (const key of ['constructor', 'valueOf', '__proto__', 'toString', 'topic:nothing-here', 'lunch']) {
      for (const action of ['start', 'reset'] as const) {
        const answer = await backend.call('setRetroTimer', { teamId, retroId, key, action });
        expect(answer.ok ? 'accepted' : answer.error.message).toBe(
          `“${key}” is neither a phase nor a topic of this retro.`,
        );
      }
    }
    const team = backend.store.snapshot().teams.find((t) => t.id === teamId)!;
    expect(Object.keys(team.retros[0]!.timers)).toEqual([]);
    // The export waits for hidden cards to be revealed (a room secret); then it is the whole workspace.
    await backend.api.revealRetroCards({ teamId, retroId, revealed: true });
    const { content } = await backend.api.exportWorkspace({});
    const preview = await backend.call('previewImport', { content });
    expect(preview.ok).toBe(true);
  });
});
