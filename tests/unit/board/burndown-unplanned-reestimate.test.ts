import { describe, expect, it } from 'vitest';
import { burndown } from '../../../src/domain/board/burndown';
import { logSizes } from '../../../src/domain/board/sprint-spans';
import { round2 } from '../../../src/domain/shared/round';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

/** An interrupt re-estimated while the sprint runs, through the real api calls, as the board's burndown reads it. */
async function sprintWithInterrupt(interrupt: { points: number } | { hours: number }) {
  let now = new Date('2026-11-01T09:00:00.000Z');
  const { api } = await inProcessApi({ now: () => now });
  const team = await api.createTeam({ name: 'Platform' });
  const base = await api.createItem({ teamId: team.id, item: itemFields('Patch kernel', { points: 3 }) });
  const sprintId = (
    await api.createSprint({
      teamId: team.id,
      sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
    })
  ).sprints[0]!.id;
  await api.planItem({ teamId: team.id, sprintId, itemId: base.id });
  now = new Date('2026-11-02T08:00:00.000Z');
  await api.startSprint({ teamId: team.id, sprintId });
  // Monday: the interrupt comes in. Wednesday: it turns out to be 8 points.
  now = new Date('2026-11-02T10:00:00.000Z');
  const { item: disk } = await api.logInterrupt({
    teamId: team.id,
    interrupt: { title: 'Disk full on db-3', severity: 'sev2', ...interrupt },
  });
  now = new Date('2026-11-04T10:00:00.000Z');
  await api.updateItem({ teamId: team.id, itemId: disk.id, changes: { points: 8 } });
  const doc = await api.getTeam({ teamId: team.id });
  const chart = burndown(
    doc.items,
    doc.sprints.find((s) => s.id === sprintId)!,
    doc.settings,
    '2026-11-05',
    doc.calendar,
  );
  const on = (date: string) => chart.points.find((p) => p.date === date);
  return { on };
}

describe('the burndown of an interrupt re-estimated mid-sprint', () => {
  it('shows its first size on the days before the re-estimate and its new size from that day', async () => {
    const { on } = await sprintWithInterrupt({ points: 2 });
    expect(on('2026-11-02')?.unplanned).toBe(2);
    expect(on('2026-11-03')?.unplanned).toBe(2);
    expect(on('2026-11-04')?.unplanned).toBe(8);
    expect(on('2026-11-04')?.scopeChanges).toEqual(['+6 points reestimated (unplanned): Disk full on db-3']);
  });

  it('counts one logged in hours at the size it was logged at until it is given points', async () => {
    const { on } = await sprintWithInterrupt({ hours: 4 });
    const [logged] = on('2026-11-02')!.scopeChanges;
    const size = Number(/^\+(\S+) points? added/.exec(logged ?? '')?.[1]);
    expect(size).toBeGreaterThan(0);
    expect(on('2026-11-02')?.unplanned).toBe(size);
    expect(on('2026-11-03')?.unplanned).toBe(size);
    expect(on('2026-11-04')?.unplanned).toBe(8);
  });
});

/**
 * Monday: an interrupt logged as 4 h in a running sprint. Tuesday: given 8 points. Wednesday: the points cleared, the
 * hours kept. `setNow` moves the clock on for what a test does next.
 */
async function clearedInterrupt() {
  let now = new Date('2026-11-01T09:00:00.000Z');
  const { api } = await inProcessApi({ now: () => now });
  const setNow = (iso: string) => {
    now = new Date(iso);
  };
  const teamId = (await api.createTeam({ name: 'Platform' })).id;
  const base = await api.createItem({ teamId, item: itemFields('Patch kernel', { points: 3 }) });
  const sprintId = (
    await api.createSprint({
      teamId,
      sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
    })
  ).sprints[0]!.id;
  await api.planItem({ teamId, sprintId, itemId: base.id });
  setNow('2026-11-02T08:00:00.000Z');
  await api.startSprint({ teamId, sprintId });
  setNow('2026-11-02T10:00:00.000Z');
  const { item: disk } = await api.logInterrupt({
    teamId,
    interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 4 },
  });
  setNow('2026-11-03T10:00:00.000Z');
  await api.updateItem({ teamId, itemId: disk.id, changes: { points: 8 } });
  setNow('2026-11-04T10:00:00.000Z');
  await api.updateItem({ teamId, itemId: disk.id, changes: { points: null } });
  return { api, teamId, sprintId, diskId: disk.id, setNow };
}

describe('an interrupt sized in hours whose points are cleared again', () => {
  it('says it falls to its hours’ size, not by all its points, and counts that size after', async () => {
    const { api, teamId, sprintId, diskId, setNow } = await clearedInterrupt();
    const chartOf = async () => {
      const doc = await api.getTeam({ teamId });
      const sprint = doc.sprints.find((s) => s.id === sprintId)!;
      const chart = burndown(doc.items, sprint, doc.settings, '2026-11-06', doc.calendar);
      return (date: string) => chart.points.find((p) => p.date === date);
    };
    let on = await chartOf();
    const size = on('2026-11-02')!.unplanned!;
    expect(size).toBeGreaterThan(0);
    expect(on('2026-11-03')?.unplanned).toBe(8);
    expect(on('2026-11-04')?.unplanned).toBe(size);
    expect(on('2026-11-04')?.scopeChanges).toEqual([
      `−${round2(8 - size)} points reestimated (unplanned): Disk full on db-3`,
    ]);

    // Thursday: sized again, from its hours' size.
    setNow('2026-11-05T10:00:00.000Z');
    await api.updateItem({ teamId, itemId: diskId, changes: { points: 3 } });
    on = await chartOf();
    expect(on('2026-11-04')?.unplanned).toBe(size);
    expect(on('2026-11-05')?.unplanned).toBe(3);
    expect(on('2026-11-05')?.scopeChanges).toEqual([
      `+${round2(3 - size)} points reestimated (unplanned): Disk full on db-3`,
    ]);
  });
});

describe('an interrupt sized in hours, its points cleared, then deleted', () => {
  it('counts its hours’ size on its past days and takes that size out, in the chart and the Plan tab’s log', async () => {
    const { api, teamId, sprintId, diskId, setNow } = await clearedInterrupt();
    setNow('2026-11-05T10:00:00.000Z');
    await api.deleteItem({ teamId, itemId: diskId });
    const doc = await api.getTeam({ teamId });
    const sprint = doc.sprints.find((s) => s.id === sprintId)!;
    const chart = burndown(doc.items, sprint, doc.settings, '2026-11-06', doc.calendar);
    const on = (date: string) => chart.points.find((p) => p.date === date);
    const size = on('2026-11-02')!.unplanned!;
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(8);
    expect(on('2026-11-03')?.unplanned).toBe(8);
    expect(on('2026-11-04')?.unplanned).toBe(size);
    expect(on('2026-11-04')?.scopeChanges).toEqual([
      `−${round2(8 - size)} points reestimated (unplanned): Disk full on db-3`,
    ]);
    expect(on('2026-11-05')?.unplanned).toBe(0);
    expect(on('2026-11-05')?.scopeChanges).toEqual([`−${size} points removed (unplanned): Disk full on db-3`]);

    // The Plan tab's scope log reads its sizes from the sprint's items (logSizes): it holds no deleted item.
    const sizes = logSizes(
      doc.items.filter((i) => i.sprintId === sprintId),
      sprint,
      doc.settings,
    );
    const [, , cleared, removed] = [...sprint.scopeChanges].sort((x, y) => x.at.localeCompare(y.at));
    expect(sizes.get(cleared!.id)).toEqual({ before: 8, after: size });
    expect(sizes.get(removed!.id)).toEqual({ before: size, after: null });
  });
});

describe('an interrupt sized in hours, its points cleared, then taken out of the sprint', () => {
  it('counts its hours’ size on the days after the clear, not its old points', async () => {
    const { api, teamId, sprintId, diskId, setNow } = await clearedInterrupt();
    setNow('2026-11-05T10:00:00.000Z');
    await api.unplanItem({ teamId, itemId: diskId, reason: 'Handed to the DBA team', planned: false });
    const doc = await api.getTeam({ teamId });
    const sprint = doc.sprints.find((s) => s.id === sprintId)!;
    const chart = burndown(doc.items, sprint, doc.settings, '2026-11-06', doc.calendar);
    const on = (date: string) => chart.points.find((p) => p.date === date);
    const size = on('2026-11-02')!.unplanned!;
    expect(size).toBeLessThan(8);
    expect(on('2026-11-04')?.unplanned).toBe(size);
    expect(on('2026-11-05')?.scopeChanges).toEqual([`−${size} points removed (unplanned): Disk full on db-3`]);

    // A sprint stored by an older Cadence, whose removal recorded no size: the same, from the item's hours.
    const older = {
      ...sprint,
      scopeChanges: sprint.scopeChanges.map((c) => (c.kind === 'removed' ? { ...c, pointsBefore: null } : c)),
    };
    const olderChart = burndown(doc.items, older, doc.settings, '2026-11-06', doc.calendar);
    expect(olderChart.points.find((p) => p.date === '2026-11-04')?.unplanned).toBe(size);
  });
});
