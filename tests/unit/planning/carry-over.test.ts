import { beforeEach, describe, expect, it } from 'vitest';
import { bufferUsedPoints } from '../../../src/domain/planning/buffer';
import { sprintFigures } from '../../../src/domain/review/sprint-figures';
import type { TeamDoc } from '../../../src/domain/workspace';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * Closing a sprint never turns unplanned work into planned work: each unfinished unplanned item goes
 * where the team chose (next sprint as unplanned, backlog, or dropped), keeping its estimate.
 */

const NOW = new Date('2026-11-10T10:00:00.000Z');

describe('carry-over at sprint close', () => {
  let b: InProcessApi;
  let teamId: string;
  let sprintId: string;
  let nextId: string;
  let planned: string;
  const interrupts: Record<string, string> = {};

  beforeEach(async () => {
    b = await inProcessApi({ now: () => NOW });
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    await b.api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
    const sprint = (name: string, startDate: string, endDate: string) =>
      b.api.createSprint({ teamId, sprint: { name, goal: '', startDate, endDate } });
    sprintId = (await sprint('Sprint 1', '2026-11-02', '2026-11-13')).sprints[0]!.id;
    nextId = (await sprint('Sprint 2', '2026-11-16', '2026-11-27')).sprints[0]!.id;
    planned = (await b.api.createItem({ teamId, item: itemFields('Upgrade Postgres', { points: 5 }) })).id;
    await b.api.planItem({ teamId, sprintId, itemId: planned });
    await b.api.startSprint({ teamId, sprintId });
    for (const [title, hours] of [
      ['VPN cert expired', 6],
      ['Disk full on db-3', 3],
      ['Flaky backup job', 12],
    ] as const) {
      const { item } = await b.api.logInterrupt({ teamId, interrupt: { title, severity: 'sev2', hours } });
      interrupts[title] = item.id;
    }
  });

  const team = (): TeamDoc => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  const itemOf = (id: string) => team().items.find((i) => i.id === id)!;

  it('by default moves unplanned work into the next sprint as unplanned, with its hours', async () => {
    await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'next_sprint' });

    const vpn = itemOf(interrupts['VPN cert expired']!);
    expect(vpn).toMatchObject({ sprintId: nextId, unplanned: true, points: null });
    expect(vpn.interrupt?.hours).toBe(6);
    expect(itemOf(planned)).toMatchObject({ sprintId: nextId, unplanned: false });

    // Started, the next sprint commits only the planned item; the interrupts use its buffer.
    await b.api.startSprint({ teamId, sprintId: nextId });
    const next = team().sprints.find((s) => s.id === nextId)!;
    expect(next.commitment?.committedPoints).toBe(5);
    expect(next.commitment?.items.map((i) => i.title)).toEqual(['Upgrade Postgres']);
    // 6 + 3 + 12 h = 21 h ÷ 6 h × 1 point per person-day.
    expect(bufferUsedPoints(team().items, next, team().settings)).toBe(3.5);
  });

  it('applies the choice made for each item: next sprint, backlog or drop', async () => {
    await b.api.closeSprint({
      teamId,
      sprintId,
      incompleteTo: 'backlog',
      unplannedTo: {
        [interrupts['VPN cert expired']!]: 'next_sprint',
        [interrupts['Disk full on db-3']!]: 'backlog',
        [interrupts['Flaky backup job']!]: 'drop',
      },
    });

    expect(itemOf(planned).sprintId).toBeNull();
    expect(itemOf(interrupts['VPN cert expired']!)).toMatchObject({ sprintId: nextId, unplanned: true });
    const disk = itemOf(interrupts['Disk full on db-3']!);
    expect(disk).toMatchObject({ sprintId: null, unplanned: false });
    expect(disk.interrupt?.hours).toBe(3);
    // Dropped: kept in the closed sprint, not done, carried nowhere.
    expect(itemOf(interrupts['Flaky backup job']!)).toMatchObject({ sprintId, status: 'in_progress' });

    const closed = team().sprints.find((s) => s.id === sprintId)!;
    const carried = sprintFigures(closed, team().items, team().settings).carriedOver?.map((c) => c.title);
    expect(carried).toEqual(['Upgrade Postgres', 'VPN cert expired', 'Disk full on db-3']);
  });

  it('refuses a choice for an item that is not unfinished unplanned work of the sprint, and changes nothing', async () => {
    const r = await b.call('closeSprint', {
      teamId,
      sprintId,
      incompleteTo: 'backlog',
      unplannedTo: { [planned]: 'drop' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(team().sprints.find((s) => s.id === sprintId)?.state).toBe('active');

    const bad = await b.call('closeSprint', {
      teamId,
      sprintId,
      incompleteTo: 'backlog',
      unplannedTo: { [interrupts['VPN cert expired']!]: 'somewhere' },
    });
    expect(bad.ok ? '' : bad.error.message).toMatch(/next sprint, back to the backlog, or drop/);
  });

  it('refuses the next sprint for an unplanned item when there is none', async () => {
    await b.api.deleteSprint({ teamId, sprintId: nextId });
    const r = await b.call('closeSprint', {
      teamId,
      sprintId,
      incompleteTo: 'backlog',
      unplannedTo: { [interrupts['VPN cert expired']!]: 'next_sprint' },
    });
    expect(r.ok ? '' : r.error.message).toMatch(/no planned sprint after this one/);
    expect(team().sprints.find((s) => s.id === sprintId)?.state).toBe('active');
  });
});
