import { describe, expect, it } from 'vitest';
import { answerOf } from '../../../renderer/screens/backlog/import/answer';
import { PREVIEW_ROWS } from '../../../renderer/screens/backlog/import/messages';
import { readFixture } from '../imports/read-fixture';

describe('what the import worker sends the screen', () => {
  const read = readFixture('jira-cloud-all-fields.csv');
  const answer = answerOf(read, 'jira.csv');

  it('offers only columns with a value, and the mapped ones, for the mapping', () => {
    expect(answer.columns).toContain('Summary');
    expect(answer.columns).toContain('Custom field (Story point estimate)');
    expect(answer.columns).not.toContain('Custom field (Rank)');
    expect(answer.columns.filter((c) => c === 'Labels')).toHaveLength(1);
  });

  it('sends a preview and the counts of every row, not every row', () => {
    expect(answer.counts).toEqual({ total: 6, importable: 5, skipped: 1, noted: 3 });
    expect(answer.preview.length).toBeLessThanOrEqual(PREVIEW_ROWS);
  });
});
