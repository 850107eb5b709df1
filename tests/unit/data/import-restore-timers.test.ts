import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { remainingMs } from '../../../src/domain/retro/timer';
import type { TeamDoc } from '../../../src/domain/workspace';
import { applyTimerAction, createTimer, timerView } from '../../../src/domain/standup/timer';
import { indexPath, teamPath } from '../../../src/storage/layout';
import { member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { retro } from '../retro/build';

/** When the file was exported, or the backup taken: the retro's and the standup's timers were running. */
const WRITTEN_AT = new Date('2026-11-20T12:00:00.000Z');
/** The import or restore happens months later: a timer still running from its old start would be hours over. */
const LATER = new Date('2027-02-01T09:00:00.000Z');
const at = (time: string) => Date.parse(`2026-11-20T${time}.000Z`);

/**
 * Platform, as it was at 12:00: the retro's write timer (10 min) ran 1 min before a pause and again since
 * 11:55; the standup (2 min a speaker, 15 min in all) started at 11:50, Ana spoke until 11:59, Ben since then.
 */
function platform(): TeamDoc {
  const ana = member('Ana');
  const ben = member('Ben');
  const started = createTimer({
    speakers: [
      { memberId: ana.id, name: 'Ana' },
      { memberId: ben.id, name: 'Ben' },
    ],
    speakerMs: 120_000,
    totalMs: 900_000,
    now: at('11:50:00'),
  });
  const timer = applyTimerAction(started, { kind: 'next' }, at('11:59:00'));
  return team('Platform', {
    members: [ana, ben],
    retros: [
      retro({
        phase: 'write',
        timers: { write: { durationMs: 600_000, startedAt: '2026-11-20T11:55:00.000Z', elapsedMs: 60_000 } },
      }),
    ],
    standups: [{ id: 'standup-1', sprintId: null, state: 'running', timer, notes: [], summary: null }],
  });
}

/** The running timers as the workspace shows them at LATER. */
function timersShown(teams: readonly TeamDoc[]) {
  const [only] = teams;
  const write = only!.retros[0]!.timers.write!;
  const standup = timerView(only!.standups[0]!.timer, LATER.getTime());
  return {
    retroRunning: write.startedAt !== null,
    retroLeftMs: remainingMs(write, LATER),
    standupPaused: standup.paused,
    speakerLeftMs: standup.remainingMs,
    standupLeftMs: standup.overallRemainingMs,
  };
}

async function platformApi(now: () => Date) {
  const dataDir = tempDir();
  writeWorkspace(dataDir, [platform()]);
  return inProcessApi({ dataDir, now });
}

describe('running timers in a whole-workspace import', () => {
  it('come in paused with the time they had left when the file was exported', async () => {
    const source = await platformApi(() => WRITTEN_AT);
    const { content } = await source.api.exportWorkspace({});
    const target = await inProcessApi({ now: () => LATER });
    await target.api.importWorkspace({ content });

    expect(timersShown(target.store.snapshot().teams)).toEqual({
      retroRunning: false,
      retroLeftMs: 240_000, // 10 min less 1 min and the 5 since 11:55
      standupPaused: true,
      speakerLeftMs: 60_000, // Ben's 2 min less the 1 since 11:59
      standupLeftMs: 300_000, // 15 min less the 10 since 11:50
    });
  });

  it('without an export time in the file, count only the time run before their last start', async () => {
    const source = await platformApi(() => WRITTEN_AT);
    // A file written before exports carried their time: the workspace as it is, nothing else.
    const content = JSON.stringify(source.store.snapshot());
    const target = await inProcessApi({ now: () => LATER });
    await target.api.importWorkspace({ content });

    expect(timersShown(target.store.snapshot().teams)).toEqual({
      retroRunning: false,
      retroLeftMs: 540_000,
      standupPaused: true,
      speakerLeftMs: 120_000,
      standupLeftMs: 360_000,
    });
  });
});

describe('running timers in a restored backup', () => {
  it('come back paused with the time they had left when the backup was taken', async () => {
    let now = WRITTEN_AT;
    const { api, store } = await platformApi(() => now);
    const { name } = await api.backupNow({});
    now = LATER;
    await api.restoreBackup({ name });

    expect(timersShown(store.snapshot().teams)).toEqual({
      retroRunning: false,
      retroLeftMs: 240_000,
      standupPaused: true,
      speakerLeftMs: 60_000,
      standupLeftMs: 300_000,
    });
  });
});

describe('running timers of a team Cadence opens from a backup at start', () => {
  /** Platform with its timers running, a backup taken at WRITTEN_AT, and the store closed; then `damage`. */
  async function reopenedFromBackup(damage: (dataDir: string, teamId: string) => void) {
    const dataDir = tempDir();
    writeWorkspace(dataDir, [platform()]);
    const before = await inProcessApi({ dataDir, now: () => WRITTEN_AT });
    await before.api.backupNow({});
    const teamId = before.store.snapshot().teams[0]!.id;
    await before.store.close();
    damage(dataDir, teamId);
    const after = await inProcessApi({ dataDir, now: () => LATER });
    expect(after.store.notices.map((n) => n.kind)).toContain('recovered');
    return after.store.snapshot().teams;
  }
  const pausedAtTheBackup = {
    retroRunning: false,
    retroLeftMs: 240_000,
    standupPaused: true,
    speakerLeftMs: 60_000,
    standupLeftMs: 300_000,
  };

  it('come in paused with the time they had when the backup was taken, for a damaged team file', async () => {
    const teams = await reopenedFromBackup((dataDir, teamId) => writeFileSync(teamPath(dataDir, teamId), '{"id":'));
    expect(timersShown(teams)).toEqual(pausedAtTheBackup);
  });

  it('come in paused the same way when the list of teams is damaged and the backup stands in for it', async () => {
    const teams = await reopenedFromBackup((dataDir, teamId) => {
      writeFileSync(indexPath(dataDir), '{"schemaVersion":');
      writeFileSync(teamPath(dataDir, teamId), '{"id":');
    });
    expect(timersShown(teams)).toEqual(pausedAtTheBackup);
  });
});
