import { describe, expect, it } from 'vitest';
import { burndown } from '../../../src/domain/board/burndown';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

/**
 * A status change takes the same path wherever it starts: Done from the item editor stamps the
 * completion time the burndown reads, exactly as a move on the board does.
 */

async function activeSprintWith(titles: string[]) {
  let now = new Date('2026-11-02T09:00:00.000Z');
  const b = await inProcessApi({ now: () => now });
  const team = await b.api.createTeam({ name: 'Platform' });
  const items: BacklogItem[] = [];
  for (const title of titles) {
    items.push(await b.api.createItem({ teamId: team.id, item: itemFields(title, { points: 3 }) }));
  }
  const sprint = (
    await b.api.createSprint({
      teamId: team.id,
      sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
    })
  ).sprints[0]!;
  for (const i of items) await b.api.planItem({ teamId: team.id, sprintId: sprint.id, itemId: i.id });
  await b.api.startSprint({ teamId: team.id, sprintId: sprint.id });
  const setNow = (iso: string) => {
    now = new Date(iso);
  };
  return { b, team, items, sprintId: sprint.id, setNow };
}

describe('a status change', () => {
  it('to Done from the item editor sets the completion time, as a board move does', async () => {
    const { b, team, items, setNow } = await activeSprintWith(['Patch hosts', 'Tune alerts']);
    const [edited, moved] = items;
    setNow('2026-11-04T15:00:00.000Z');

    const fromEditor = await b.api.updateItem({
      teamId: team.id,
      itemId: edited!.id,
      changes: { ...itemFields('Patch hosts', { points: 3 }), status: 'done' },
    });
    const fromBoard = await b.api.moveBoardCard({ teamId: team.id, itemId: moved!.id, status: 'done' });

    for (const saved of [fromEditor, fromBoard]) {
      expect(saved).toMatchObject({
        status: 'done',
        statusChangedAt: '2026-11-04T15:00:00.000Z',
        completedAt: '2026-11-04T15:00:00.000Z',
      });
    }
  });

  it('to Done from the editor burns the item down', async () => {
    const { b, team, items, sprintId, setNow } = await activeSprintWith(['Patch hosts', 'Tune alerts']);
    setNow('2026-11-04T15:00:00.000Z');
    await b.api.updateItem({ teamId: team.id, itemId: items[0]!.id, changes: { status: 'done' } });

    const doc = await b.api.getTeam({ teamId: team.id });
    const sprint = doc.sprints.find((s) => s.id === sprintId)!;
    const chart = burndown(doc.items, sprint, doc.settings, '2026-11-05', doc.calendar);
    expect(chart.points.find((p) => p.date === '2026-11-03')?.remaining).toBe(6);
    expect(chart.points.find((p) => p.date === '2026-11-04')?.remaining).toBe(3);
  });

  it('away from Done clears the completion time; saving the editor unchanged keeps it', async () => {
    const { b, team, items, setNow } = await activeSprintWith(['Patch hosts']);
    const id = items[0]!.id;
    setNow('2026-11-04T15:00:00.000Z');
    await b.api.updateItem({ teamId: team.id, itemId: id, changes: { status: 'done' } });

    setNow('2026-11-05T10:00:00.000Z');
    const renamed = await b.api.updateItem({
      teamId: team.id,
      itemId: id,
      changes: { title: 'Patch all hosts', status: 'done' },
    });
    expect(renamed.completedAt).toBe('2026-11-04T15:00:00.000Z');
    expect(renamed.statusChangedAt).toBe('2026-11-04T15:00:00.000Z');

    const reopened = await b.api.updateItem({ teamId: team.id, itemId: id, changes: { status: 'in_progress' } });
    expect(reopened).toMatchObject({ completedAt: null, statusChangedAt: '2026-11-05T10:00:00.000Z' });
  });

  it('an item created as Done is completed when it is created', async () => {
    const b = await inProcessApi({ now: () => new Date('2026-11-04T15:00:00.000Z') });
    const team = await b.api.createTeam({ name: 'Platform' });
    const saved = await b.api.createItem({ teamId: team.id, item: itemFields('Rotate keys', { status: 'done' }) });
    expect(saved.completedAt).toBe('2026-11-04T15:00:00.000Z');
  });
});
