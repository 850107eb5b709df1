import { describe, expect, it } from 'vitest';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { inProcessApi } from '../../helpers/in-process-api';
import { ctx } from './export-fixture';

const INCIDENT = {
  severity: 'sev2' as const,
  startedAt: '2026-11-18T02:10:00.000Z',
  endedAt: null,
  services: ['dns'],
  commanderId: null,
  scribeId: null,
  impact: '',
};

async function postmortemOn(backend: Awaited<ReturnType<typeof inProcessApi>>, teamId: string) {
  return backend.api.createRetro({
    teamId,
    kind: 'postmortem',
    title: 'Postmortem: DNS',
    sprintId: null,
    templateId: 'postmortem',
    incident: INCIDENT,
  });
}

describe('the blameless postmortem template', () => {
  it('gives every column a prompt, under the column titles it always had', async () => {
    const backend = await inProcessApi();
    const team = await backend.api.createTeam({ name: 'Platform SRE' });
    const pm = await postmortemOn(backend, team.id);
    expect(pm.columns.map((c) => c.title)).toEqual([
      'What went well',
      'What went wrong',
      'Where we got lucky',
      'Contributing factors',
    ]);
    for (const column of pm.columns) expect(column.prompt, column.title).not.toBe('');
    // The export shows each prompt under its column, as the board does.
    const md = retroToMarkdown(pm, ctx);
    for (const column of pm.columns) expect(md).toContain(`## ${column.title}\n\n_`);
  });

  it('leaves the columns of a postmortem held before alone: its stored prompts stay as they were', async () => {
    const backend = await inProcessApi();
    const team = await backend.api.createTeam({ name: 'Platform SRE' });
    const pm = await postmortemOn(backend, team.id);
    // As a postmortem created before the template had these prompts was stored.
    await backend.store.mutate({ teamId: team.id }, (d) => {
      const stored = d.teams[0]!.retros.find((r) => r.id === pm.id)!;
      for (const column of stored.columns) column.prompt = column.id === 'factors' ? 'Our own words.' : '';
    });
    await backend.store.close();
    // Opened again from its files, as the next start of the app would.
    const again = await inProcessApi({ dataDir: backend.dataDir });
    const retro = (await again.api.getTeam({ teamId: team.id })).retros.find((r) => r.id === pm.id)!;
    await again.store.close();
    expect(retro.columns.map((c) => c.prompt)).toEqual(['', '', '', 'Our own words.']);
  });
});
