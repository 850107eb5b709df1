import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CapacityPanel } from '../../../renderer/screens/planning/CapacityPanel';
import { CommitMeter, SprintResultSummary } from '../../../renderer/screens/planning/CommitMeter';
import { sprintCapacity } from '../../../src/domain/planning/capacity';
import type { SprintTotals } from '../../../src/domain/planning/figures';
import { member, sprint, team } from '../../helpers/fixtures';

describe("a closed sprint's result in words", () => {
  const showResult = (totals: SprintTotals) => render(<SprintResultSummary totals={totals} />);

  it('writes one point of unplanned work and one buffer point in the singular', () => {
    showResult({
      committedPoints: 13,
      completedPlannedPoints: 8,
      completedUnplannedPoints: 1,
      bufferReservedPoints: 1,
      bufferUsedPoints: 0.5,
    });
    expect(screen.getByText(/^Completed/)).toHaveTextContent(
      'Completed 8 of 13 committed points, and 1 point of unplanned work.',
    );
    expect(screen.getByText(/^Interrupt buffer/)).toHaveTextContent(
      'Interrupt buffer: 0.5 of 1 point used by unplanned work.',
    );
  });

  it('writes one committed point in the singular', () => {
    showResult({
      committedPoints: 1,
      completedPlannedPoints: 0.5,
      completedUnplannedPoints: 0,
      bufferReservedPoints: 0,
      bufferUsedPoints: 0,
    });
    expect(screen.getByText(/^Completed/)).toHaveTextContent(
      'Completed 0.5 of 1 committed point, and 0 points of unplanned work.',
    );
  });
});

describe("the capacity formula's figures in words", () => {
  it('writes a forecast of one point in the singular, and the others to two decimals', () => {
    const doc = team('Platform', { members: [member('Ana')] });
    // One working day of one person at the starting velocity of 1 point per person-day.
    const oneDay = sprint({ startDate: '2026-11-30', endDate: '2026-11-30' });
    const capacity = sprintCapacity(oneDay, doc.members, doc.settings, [], { holidays: [] });
    render(<CapacityPanel capacity={capacity} settings={doc.settings} sprint={oneDay} />);
    // Each result is a figure of its own, read whole: "1 point", never "1 points".
    const results = screen.getAllByText(/points?$/, { selector: 'strong' }).map((el) => el.textContent);
    expect(results).toEqual(['1 point', '0.2 points', '0.8 points']);
    expect(screen.getByText(/^1 person-day ×/)).toHaveTextContent('1 person-day × 1 = 1 point');
  });
});

describe("the commit meter's label in words", () => {
  it('writes one plannable point in the singular', () => {
    // One working day of one person at 1 point per person-day with no buffer: 1 point to plan.
    render(<CommitMeter committed={0.5} plannable={1} buffer={null} plannedNow={null} />);
    // The whole label: a substring would let "points" through.
    expect(screen.getByText(/^Committed/)).toHaveTextContent(/^Committed 0\.5 of 1 plannable point$/);
    expect(
      screen.getByRole('meter', {
        name: 'Committed 0.5 of 1 plannable point The line marks the 1 plannable point; the bar ends at 1.5, half as much again.',
      }),
    ).toBeInTheDocument();
  });
});
