import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/domain/imports/read-export';

function read(csv: string) {
  const result = readExport('export.csv', new TextEncoder().encode(csv), { scale: 'fibonacci' });
  if (!result.ok) throw new Error(result.message);
  return result.read;
}

describe('header names spaced as spreadsheets leave them', () => {
  it('a line break typed in a header cell (Alt+Enter in Excel) still names its column', () => {
    const { rows } = read('Key,Title,"Story\r\nPoints","Issue\nType"\r\nOPS-1,Rotate keys,3,Bug\r\n');
    expect(rows.map((r) => [r.title, r.points, r.type])).toEqual([['Rotate keys', 3, 'bug']]);
  });

  it('two spaces or a no-break space (pasted from a web page) still name the column', () => {
    const { rows } = read('Issue key,Summary,Story\u00a0Points,Issue  Type\nOPS-1,Rotate keys,5,Task\n');
    expect(rows.map((r) => [r.key, r.title, r.points, r.type])).toEqual([['OPS-1', 'Rotate keys', 5, 'task']]);
  });

  it('a Jira export whose header is spaced so is still recognized as Jira', () => {
    expect(read('Issue\u00a0key,Summary\nOPS-1,Rotate keys\n').product).toBe('jira');
  });
});
