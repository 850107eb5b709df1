import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { captured } from '../../helpers/cli-io';
import { member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { icsOf } from '../../helpers/ics';
import { errorOf, inProcessApi, tempDir } from '../../helpers/in-process-api';

const fields = (name: string, startDate: string, endDate: string) => ({ name, goal: '', startDate, endDate });

/**
 * A sprint's name is how the command line (`cadence import calendar --sprint NAME`), the sprint pickers and the
 * velocity chart tell sprints apart: two of one name would let an import land in the wrong one in silence.
 */
describe('two sprints of one team cannot share a name', () => {
  it('refuses a new or renamed sprint whose name another has (case and outer spaces aside), naming it', async () => {
    const b = await inProcessApi({ now: () => new Date('2026-11-01T10:00:00.000Z') });
    const team = await b.api.createTeam({ name: 'Platform' });
    const teamId = team.id;
    await b.api.createSprint({ teamId, sprint: fields('Sprint 1', '2026-11-02', '2026-11-13') });
    const second = await b.api.createSprint({ teamId, sprint: fields('Sprint 2', '2026-11-16', '2026-11-27') });
    const sprint2 = second.sprints[0]!.id;

    expect(
      await errorOf(b.api.createSprint({ teamId, sprint: fields(' sprint 1 ', '2026-11-30', '2026-12-11') })),
    ).toBe('There is already a sprint named “Sprint 1” (Mon 2 Nov – Fri 13 Nov 2026). Pick another name.');
    expect(
      await errorOf(
        b.api.updateSprint({ teamId, sprintId: sprint2, sprint: fields('SPRINT 1', '2026-11-16', '2026-11-27') }),
      ),
    ).toMatch(/^There is already a sprint named “Sprint 1”/);
    const names = () => b.store.snapshot().teams[0]!.sprints.map((s) => s.name);
    expect(names()).toEqual(['Sprint 1', 'Sprint 2']);

    // Its own name, in other letters, is not another sprint's.
    await b.api.updateSprint({ teamId, sprintId: sprint2, sprint: fields('sprint 2', '2026-11-16', '2026-11-27') });
    expect(names()).toEqual(['Sprint 1', 'sprint 2']);
  });
});

describe('a command naming a sprint that two share (written before the rule, or merged by a sync)', () => {
  it('is refused, saying so, and nothing is imported into either', async () => {
    const dir = tempDir();
    const asha = member('Asha Patel');
    const older = sprint({ name: 'Sprint 12', startDate: '2026-11-16', endDate: '2026-11-27', state: 'planned' });
    const newer = sprint({ name: 'sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
    writeWorkspace(dir, [team('Platform', { members: [asha], sprints: [older, newer] })]);
    const file = path.join(dir, 'rota.ics');
    writeFileSync(
      file,
      icsOf(['UID:w49', 'DTSTART;VALUE=DATE:20261130', 'DTEND;VALUE=DATE:20261205', 'SUMMARY:On call - Asha Patel']),
    );
    const { io, err } = captured(dir);
    const args = ['import', 'calendar', file, '--team', 'Platform', '--sprint', 'Sprint 12', '--kind', 'on-call'];
    expect(await runCli(args, io)).not.toBe(0);
    expect(err.join('\n')).toContain(
      '2 sprints of Platform are named “Sprint 12”, so the command cannot tell which one you mean: rename one of them in the app.',
    );
    const store = await openWorkspaceStore({ dataDir: dir });
    expect(store.snapshot().teams[0]!.sprints.map((s) => s.onCall)).toEqual([[], []]);
    await store.close();
  });
});
