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
  });

  it('shows a dash for a day still ahead and says "not yet" to a screen reader; no scope change reads "none"', async () => {
    await renderApp('standup', seedWith(boardTeam()));
    const table = await screen.findByRole('table', { name: 'Burndown by day' }, { timeout: 10_000 });
    const ahead = within(table).getByRole('rowheader', { name: 'Thu 26' }).closest('tr')!;
    const [ideal, left, unplanned, scope] = within(ahead).getAllByRole('cell');
    expect(ideal).toHaveAccessibleName('4.8 points');
    expect(left).toHaveAccessibleName('not yet');
    expect(unplanned).toHaveAccessibleName('not yet');
    expect(scope).toHaveAccessibleName('none');
    // The eye still sees a dash alone.
    for (const cell of [left, unplanned, scope])
      expect(within(cell!).getByText('—')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText(/^Committed/)).toHaveTextContent(/^Committed 8 points\./);
  });
});
