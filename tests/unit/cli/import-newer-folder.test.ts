import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { CURRENT_SCHEMA_VERSION } from '../../../src/domain/workspace';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

const leaveCalendar = path.join(import.meta.dirname, '../../fixtures/calendars/outlook-leave.ics');
const linearExport = path.join(import.meta.dirname, '../../fixtures/imports/linear.csv');

/**
 * A data folder a newer Cadence wrote is opened read-only: an import refuses it and leaves the folder exactly as it
 * was (no backup taken first, no file rewritten).
 */
describe('cadence import on a folder written by a newer Cadence', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = tempDir('cadence-cli-newer-');
    const s12 = sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
    writeWorkspace(dataDir, [team('Platform', { members: [member('Asha Patel')], sprints: [s12] })]);
    // Opened once by this Cadence (the per-team layout), then the index says a newer format.
    await (await openWorkspaceStore({ dataDir })).close();
    const index = path.join(dataDir, 'cadence.json');
    const raw = JSON.parse(readFileSync(index, 'utf8')) as { schemaVersion: number };
    writeFileSync(index, JSON.stringify({ ...raw, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
  });

  it('import calendar refuses, saying why, and writes nothing', async () => {
    const before = folderState(dataDir);
    const { io, err } = captured(dataDir);
    const args = ['import', 'calendar', leaveCalendar, '--team', 'Platform', '--sprint', 'Sprint 12'];
    expect(await runCli([...args, '--kind', 'leave', '--member', 'Asha Patel'], io)).toBe(1);
    expect(err.at(-1)).toMatch(/newer version of Cadence.*read-only\. Upgrade Cadence/);
    expect(folderState(dataDir)).toEqual(before);
  });

  it('import backlog refuses, saying why, and writes nothing', async () => {
    const before = folderState(dataDir);
    const { io, err } = captured(dataDir);
    expect(await runCli(['import', 'backlog', linearExport, '--team', 'Platform'], io)).toBe(1);
    expect(err.at(-1)).toMatch(/newer version of Cadence.*read-only\. Upgrade Cadence/);
    expect(folderState(dataDir)).toEqual(before);
  });
});
