import { describe, expect, it } from 'vitest';
import { burndown } from '../../../src/domain/board/burndown';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

/** The burndown table's "Scope changes" column, as the board reads it after the real api calls. */
describe('the scope changes the burndown lists', () => {
  it('give a deleted or restored interrupt sized in hours its size, and write 1 point', async () => {
    let now = new Date('2026-11-01T09:00:00.000Z');
    const { api } = await inProcessApi({ now: () => now });
    const team = await api.createTeam({ name: 'Platform' });
    const base = await api.createItem({ teamId: team.id, item: itemFields('Patch kernel', { points: 3 }) });
    const late = await api.createItem({ teamId: team.id, item: itemFields('Rotate certs', { points: 1 }) });
    const sprintId = (
      await api.createSprint({
        teamId: team.id,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    await api.planItem({ teamId: team.id, sprintId, itemId: base.id });
    now = new Date('2026-11-02T08:00:00.000Z');
    await api.startSprint({ teamId: team.id, sprintId });

    now = new Date('2026-11-03T10:00:00.000Z');
    await api.planItem({ teamId: team.id, sprintId, itemId: late.id, reason: 'Certs expire Friday', planned: true });
    const { item: disk } = await api.logInterrupt({
      teamId: team.id,
      interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 4 },
    });
    now = new Date('2026-11-04T10:00:00.000Z');
    await api.deleteItem({ teamId: team.id, itemId: disk.id });
    now = new Date('2026-11-04T10:00:05.000Z');
    await api.restoreItem({ teamId: team.id, itemId: disk.id });

    const doc = await api.getTeam({ teamId: team.id });
    const s = doc.sprints.find((x) => x.id === sprintId)!;
    const chart = burndown(doc.items, s, doc.settings, '2026-11-05', doc.calendar);
    const on = (date: string) => chart.points.find((p) => p.date === date)?.scopeChanges;
    const [logged] = on('2026-11-03')!.filter((text) => text.includes('Disk full'));
    // Logged as 4 h, sized in points as the buffer counts it (not 0).
    const size = /^\+(\S+) points added \(unplanned\): Disk full on db-3$/.exec(logged ?? '')?.[1];
    expect(Number(size)).toBeGreaterThan(0);
    expect(on('2026-11-03')).toContain('+1 point added: Rotate certs');
    // Deleted and brought back: the same size out and in, not "±0 points".
    expect(on('2026-11-04')).toEqual([
      `−${size} points removed (unplanned): Disk full on db-3`,
      `+${size} points added (unplanned): Disk full on db-3`,
    ]);
  });
});

describe('the scope change an interrupt logs', () => {
  it('writes its hours as the board card and the close dialog do (two decimals at most)', async () => {
    const { api } = await inProcessApi({ now: () => new Date('2026-11-03T10:00:00.000Z') });
    const team = await api.createTeam({ name: 'Platform' });
    const sprintId = (
      await api.createSprint({
        teamId: team.id,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    const planned = await api.createItem({ teamId: team.id, item: itemFields('Patch kernel', { points: 3 }) });
    await api.planItem({ teamId: team.id, sprintId, itemId: planned.id });
    await api.startSprint({ teamId: team.id, sprintId });
    const { sprint } = await api.logInterrupt({
      teamId: team.id,
      interrupt: { title: 'Pager storm', severity: 'sev3', hours: 0.333 },
    });
    expect(sprint.scopeChanges.at(-1)?.reason).toBe('Interrupt SEV3 · 0.33 h');
  });
});
