import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { importSummary } from '../../../renderer/screens/backlog/import/ImportPreview';
import { StartSprintDialog } from '../../../renderer/screens/planning/SprintDialogs';
import { sprint } from '../../helpers/fixtures';

describe('counts in sentences', () => {
  const noop = async () => undefined;

  it('starts a sprint of one item and one point in the singular', () => {
    const s = sprint({ name: 'Sprint 4', startDate: '2026-12-07', endDate: '2026-12-18' });
    render(
      <StartSprintDialog sprint={s} committed={2} plannable={1} itemCount={1} onConfirm={noop} onClose={() => {}} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Start Sprint 4' });
    expect(dialog).toHaveTextContent('The team commits to 1 item, 2 points, against the 1 point it can plan.');
    expect(dialog).toHaveTextContent('This is 1 point over what the team can plan.');
  });

  it('summarises an import preview with verbs that agree with their counts', () => {
    expect(importSummary({ importable: 1, total: 1, skipped: 0, noted: 1 }, 1)).toBe(
      '1 of 1 row will become an item; 0 will be skipped and 1 has a note. 1 row of the file has broken quoting.',
    );
    expect(importSummary({ importable: 3, total: 5, skipped: 2, noted: 2 }, 0)).toBe(
      '3 of 5 rows will become items; 2 will be skipped and 2 have a note.',
    );
    // A re-import that only updates says nothing of "0 add items".
    expect(importSummary({ importable: 4, total: 6, skipped: 2, noted: 3, updated: 4 }, 0)).toBe(
      '4 of 6 rows will be imported: 4 update items the backlog has (same key); 2 will be skipped and 3 have a note.',
    );
    expect(importSummary({ importable: 3, total: 3, skipped: 0, noted: 0, updated: 1 }, 0)).toBe(
      '3 of 3 rows will be imported: 2 add items and 1 updates an item the backlog has (same key); 0 will be skipped and 0 have a note.',
    );
  });
});
