import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { item } from '../../helpers/fixtures';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** The cells of one day's row in the burndown table, after its day: Ideal, Planned left, Unplanned, Scope changes. */
function cellsOf(day: string): (string | null)[] {
  const table = screen.getByRole('table', { name: 'Burndown by day' });
  const row = within(table).getByRole('rowheader', { name: day }).closest('tr');
  return within(row!)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('the burndown table', { timeout: 30_000 }, () => {
  beforeEach(() => {
    // Wednesday of the seeded sprint (Mon 23 Nov – Fri 4 Dec).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T09:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes every figure with its unit, unplanned work too, in words a screen reader says', async () => {
    const doc = boardTeam();
    const sprintId = doc.sprints[0]!.id;
    doc.items.push(
      item('Disk full on db-3', {
        sprintId,
        points: 1.5,
        unplanned: true,
        createdAt: '2026-11-24T10:00:00.000Z',
        interrupt: { key: 'INC-9', severity: 'sev2', hours: null, takenBy: null, loggedAt: '2026-11-24T10:00:00.000Z' },
      }),
    );
    await renderApp('standup', seedWith(doc));
    await screen.findByRole('table', { name: 'Burndown by day' }, { timeout: 10_000 });
    expect(cellsOf('Mon 23').slice(0, 3)).toEqual(['7.2 points', '8 points', '0 points']);
    expect(cellsOf('Tue 24').slice(0, 3)).toEqual(['6.4 points', '8 points', '1.5 points']);
    // Days still ahead have no figures yet.
    expect(cellsOf('Thu 26').slice(1, 3)).toEqual(['—', '—']);
  });
});
