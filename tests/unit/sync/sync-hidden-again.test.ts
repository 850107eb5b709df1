import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { bareRepository, remoteFile } from '../../helpers/git-remote';
import { replica } from '../../helpers/sync-replica';

const now = () => new Date('2026-11-04T10:00:00.000Z');

/** A and B share a team; A wrote two cards and revealed them, and both machines have them. */
async function revealedOnBoth() {
  const remote = bareRepository();
  const a = await replica({ now });
  const teamId = (await a.api.createTeam({ name: 'Platform' })).id;
  await a.engine.share({ teamId, remote: remote.path, author: 'Ana' });
  const b = await replica({ now });
  await b.engine.join({ remote: remote.path, author: 'Bo' });
  const retro = await a.api.createRetro({
    teamId,
    kind: 'retro',
    title: 'Sprint 1 retro',
    sprintId: null,
    templateId: 'start-stop-continue',
  });
  const retroId = retro.id;
  await a.api.setRetroPhase({ teamId, retroId, phase: 'write' });
  const columnId = retro.columns[0]!.id;
  for (const text of ['Alerts at 3am were noise', 'Runbook for certs helped'])
    await a.api.addRetroCard({ teamId, retroId, columnId, text });
  await a.api.revealRetroCards({ teamId, retroId, revealed: true });
  await a.engine.sync(teamId);
  await b.engine.sync(teamId);
  const cardsOn = (r: typeof a) =>
    r
      .team(teamId)
      .retros.find((x) => x.id === retroId)!
      .cards.map((c) => c.text)
      .sort();
  expect(cardsOn(b)).toEqual(['Alerts at 3am were noise', 'Runbook for certs helped']);
  return { remote, a, b, teamId, retroId, columnId, cardsOn };
}

describe('cards hidden again after a reveal', { timeout: 60_000 }, () => {
  it('stay on the remote and on the other machine; a card written while hidden stays here', async () => {
    const { remote, a, b, teamId, retroId, columnId, cardsOn } = await revealedOnBoth();
    await a.api.revealRetroCards({ teamId, retroId, revealed: false });
    await a.api.addRetroCard({ teamId, retroId, columnId, text: 'LATE-SECRET' });
    expect(await a.engine.sync(teamId)).toMatchObject({ state: 'in_sync' });
    expect(await b.engine.sync(teamId)).toMatchObject({ state: 'in_sync', conflicts: [] });
    expect(cardsOn(b)).toEqual(['Alerts at 3am were noise', 'Runbook for certs helped']);
    expect(remoteFile(remote.path)).toContain('Runbook for certs helped');
    expect(remoteFile(remote.path)).not.toContain('LATE-SECRET');
    expect(cardsOn(a)).toContain('LATE-SECRET');
  });

  it('stay on the remote when the hiding machine merges a change from the other one', async () => {
    const { remote, a, b, teamId, retroId, cardsOn } = await revealedOnBoth();
    await b.api.createItem({ teamId, item: itemFields('From B') });
    await b.engine.sync(teamId);
    await a.api.setRetroPhase({ teamId, retroId, phase: 'write' });
    await a.api.revealRetroCards({ teamId, retroId, revealed: false });
    expect(await a.engine.sync(teamId)).toMatchObject({ state: 'in_sync', conflicts: [] });
    expect(remoteFile(remote.path)).toContain('Alerts at 3am were noise');
    await b.engine.sync(teamId);
    expect(cardsOn(b)).toEqual(['Alerts at 3am were noise', 'Runbook for certs helped']);
    expect(cardsOn(a)).toEqual(['Alerts at 3am were noise', 'Runbook for certs helped']);
  });
});
