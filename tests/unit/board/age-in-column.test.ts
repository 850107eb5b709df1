import { describe, expect, it } from 'vitest';
import { ageInColumn } from '../../../src/domain/board/cards';
import { readExport } from '../../../src/domain/imports/read-export';
import { inProcessApi } from '../../helpers/in-process-api';

/**
 * A card's age in its column ("4 days in this column") counts from when it entered that column. An item
 * imported from a tracker has never been moved in Cadence: it has been in To do since it was imported, and
 * editing it (an owner picked on the card at standup) is no move.
 */
describe('a card’s age in its column', () => {
  it('is not reset by an edit to a card imported into To do and never moved', async () => {
    let now = new Date('2026-11-02T08:00:00.000Z');
    const b = await inProcessApi({ now: () => now });
    const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    await b.api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
    const ana = b.store.snapshot().teams[0]!.members[0]!.id;
    const read = readExport('export.csv', new TextEncoder().encode('Title,Key\nRotate the TLS certs,OPS-7\n'), {
      scale: 'fibonacci',
      site: '',
    });
    if (!read.ok) throw new Error(read.message);
    await b.api.importBacklog({ teamId, product: 'csv', rows: read.read.rows });
    const itemId = b.store.snapshot().teams[0]!.items[0]!.id;
    const sprintId = (
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    await b.api.planItem({ teamId, sprintId, itemId });
    await b.api.startSprint({ teamId, sprintId });

    // Four days later, at standup, someone takes the card.
    now = new Date('2026-11-06T09:00:00.000Z');
    const card = await b.api.updateItem({ teamId, itemId, changes: { ownerId: ana } });
    expect(card.status).toBe('todo');
    expect(ageInColumn(card, '2026-11-06', 'UTC')).toBe('4 days');
    await b.store.close();
  });
});
