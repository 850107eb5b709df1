import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/domain/imports/read-export';
import { inProcessApi } from '../../helpers/in-process-api';

const LINEAR_HEADER = 'ID,Team,Title,Description,Status,Estimate,Labels,Cycle Number';

function read(text: string) {
  const result = readExport('export.csv', new TextEncoder().encode(text), { scale: 'fibonacci', site: '' });
  if (!result.ok) throw new Error(result.message);
  return result.read;
}

/**
 * Linear has no type column: a bug is an issue labelled "Bug". Jira's Issue Type "Bug" makes a bug, so a
 * Linear "Bug" label does too (and stays a label); a type column, where a file has one, still decides.
 */
describe('a label that names a type, in an export without a type', () => {
  it("makes a Linear issue labelled Bug a bug, keeping the label, as Jira's Issue Type Bug does", () => {
    const linear = read(
      `${LINEAR_HEADER}\nINF-1,Infra,Disk alert flaps,,Todo,2,"Bug, alerting",\nINF-2,Infra,Add a runbook,,Todo,1,docs,\n`,
    );
    expect(linear.product).toBe('linear');
    expect(linear.rows.map((r) => [r.key, r.type, r.labels])).toEqual([
      ['INF-1', 'bug', ['bug', 'alerting']],
      ['INF-2', 'story', ['docs']],
    ]);
    const jira = read('Summary,Issue key,Issue Type,Labels\nDisk alert flaps,OPS-1,Bug,alerting\n');
    expect(jira.rows[0]?.type).toBe('bug');
  });

  it('does not override a type column that names a type', () => {
    const rows = read('Title,Key,Type,Labels\nA,K-1,Task,bug\nB,K-2,,bug\n').rows;
    expect(rows.map((r) => r.type)).toEqual(['task', 'bug']);
  });

  it('a re-import makes the item a bug once Linear labels it Bug, and leaves the type of one without', async () => {
    const b = await inProcessApi();
    const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    const first = read(
      `${LINEAR_HEADER}\nINF-1,Infra,Disk alert flaps,,Todo,2,alerting,\nINF-2,Infra,Runbook,,Todo,1,,\n`,
    );
    await b.api.importBacklog({ teamId, product: 'linear', rows: first.rows });
    const runbook = b.store.snapshot().teams[0]!.items.find((i) => i.source?.key === 'INF-2')!;
    await b.api.updateItem({ teamId, itemId: runbook.id, changes: { type: 'chore' } });
    const again = read(
      `${LINEAR_HEADER}\nINF-1,Infra,Disk alert flaps,,Todo,2,"alerting,Bug",\nINF-2,Infra,Runbook,,Todo,1,,\n`,
    );
    await b.api.importBacklog({ teamId, product: 'linear', rows: again.rows });
    const types = b.store.snapshot().teams[0]!.items.map((i) => [i.source?.key, i.type]);
    expect(types).toEqual([
      ['INF-1', 'bug'],
      ['INF-2', 'chore'],
    ]);
    await b.store.close();
  });
});

describe('an empty type cell on a re-import', () => {
  it('leaves the type of the item as it is, as an empty cell of any other field does', async () => {
    const b = await inProcessApi();
    const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    const first = read('Title,Key,Type\nDisk alert flaps,K-1,Bug\n');
    await b.api.importBacklog({ teamId, product: 'csv', rows: first.rows });
    const again = read('Title,Key,Type\nDisk alert flaps,K-1,\nNew one,K-2,\n');
    await b.api.importBacklog({ teamId, product: 'csv', rows: again.rows });
    const types = b.store.snapshot().teams[0]!.items.map((i) => [i.source?.key, i.type]);
    expect(types).toEqual([
      ['K-1', 'bug'],
      ['K-2', 'story'],
    ]);
    await b.store.close();
  });
});
