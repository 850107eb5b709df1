import { describe, expect, it } from 'vitest';
import { readiness } from '../../../src/domain/backlog/readiness';
import type { ChecklistEntry } from '../../../src/domain/team/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { item, team, workspace, writeWorkspace } from '../../helpers/fixtures';
import { errorOf, inProcessApi, tempDir } from '../../helpers/in-process-api';

/** A Definition of Ready whose three entries share one id, as a hand-edited file or an older version left it. */
const sharedId: ChecklistEntry[] = [
  { id: 'dor-1', text: 'Estimated', rule: 'estimated' },
  { id: 'dor-1', text: 'Runbook linked', rule: null },
  { id: 'dor-1', text: 'Owner agreed', rule: null },
];
const doneTwice: ChecklistEntry[] = [
  { id: 'dod-1', text: 'Deployed', rule: null },
  { id: 'dod-1', text: 'Monitored', rule: null },
];

function teamWithSharedIds(): TeamDoc {
  const t = team('Platform', {
    items: [
      item('Ticked and estimated', { points: 3, readyChecks: ['dor-1'] }),
      item('Nothing yet', { points: null, readyChecks: [] }),
    ],
  });
  return { ...t, settings: { ...t.settings, definitionOfReady: sharedId, definitionOfDone: doneTwice } };
}

/** The entries are all there, in order, each with its own id, and each item is exactly as ready as before. */
function expectRepaired(loaded: TeamDoc): void {
  const ready = loaded.settings.definitionOfReady;
  expect(ready.map(({ text, rule }) => ({ text, rule }))).toEqual(sharedId.map(({ text, rule }) => ({ text, rule })));
  expect(new Set(ready.map((e) => e.id)).size).toBe(3);
  expect(loaded.settings.definitionOfDone.map((e) => e.text)).toEqual(['Deployed', 'Monitored']);
  expect(new Set(loaded.settings.definitionOfDone.map((e) => e.id)).size).toBe(2);
  const [ticked, nothing] = loaded.items;
  // The automatic check still reads the item; the manual ticks still count for every entry they counted for.
  expect(readiness(ticked!, ready)).toMatchObject({ ready: true, missing: [] });
  expect(readiness(nothing!, ready).missing).toEqual(['Estimated', 'Runbook linked', 'Owner agreed']);
  expect(readiness({ ...ticked!, points: null }, ready).missing).toEqual(['Estimated']);
}

describe('Definition of Ready and Done entries with the same id', () => {
  it.each(['definitionOfReady', 'definitionOfDone'] as const)(
    'are refused when saved through the api (%s), with a clear message, and nothing is saved',
    async (kind) => {
      const { api, store } = await inProcessApi();
      const created = await api.createTeam({ name: 'Platform' });
      const before = store.snapshot().teams[0]!.settings[kind];
      const entries = [
        { id: 'same', text: 'First', rule: null },
        { id: 'same', text: 'Second', rule: null },
      ];
      const message = await errorOf(api.updateTeamSettings({ teamId: created.id, settings: { [kind]: entries } }));
      const name = kind === 'definitionOfReady' ? 'Definition of Ready' : 'Definition of Done';
      expect(message).toBe(`Two ${name} entries have the same id ("same"): each entry needs its own.`);
      expect(store.snapshot().teams[0]!.settings[kind]).toEqual(before);
    },
  );

  it('in a team file are given ids of their own when it is opened, losing no entry and no tick', async () => {
    const dir = tempDir();
    writeWorkspace(dir, [teamWithSharedIds()]);
    const store = await openWorkspaceStore({ dataDir: dir });
    const loaded = store.snapshot().teams[0]!;
    expectRepaired(loaded);
    // The same ids at every start, so nothing written meanwhile names an id that a later start changes.
    await store.close();
    const again = await openWorkspaceStore({ dataDir: dir });
    expect(again.snapshot().teams[0]!.settings).toEqual(loaded.settings);
    await again.close();
  });

  it('in a team file this version wrote (read unvalidated at the next start) are repaired too', async () => {
    const dir = tempDir();
    const first = await openWorkspaceStore({ dataDir: dir });
    await first.mutate('workspace', (d) => {
      d.teams.push(teamWithSharedIds());
    });
    await first.close();
    const store = await openWorkspaceStore({ dataDir: dir });
    expectRepaired(store.snapshot().teams[0]!);
    await store.close();
  });

  it('in an imported file are repaired, and the settings of such a team save again', async () => {
    const { api, store } = await inProcessApi();
    const content = JSON.stringify(workspace([teamWithSharedIds()]));
    await api.importWorkspace({ content });
    const imported = store.snapshot().teams[0]!;
    expectRepaired(imported);
    // The screen sends the list back whole with an entry added: accepted.
    const next = [...imported.settings.definitionOfReady, { id: 'dor-new', text: 'Risk noted', rule: null }];
    const saved = await api.updateTeamSettings({ teamId: imported.id, settings: { definitionOfReady: next } });
    expect(saved.definitionOfReady.map((e) => e.text)).toEqual([
      'Estimated',
      'Runbook linked',
      'Owner agreed',
      'Risk noted',
    ]);
  });
});
