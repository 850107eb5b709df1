import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SprintResultSummary } from '../../../renderer/screens/planning/CommitMeter';

describe("a closed sprint's result in words", () => {
  it('writes one point of unplanned work and one buffer point in the singular', () => {
    render(
      <SprintResultSummary
        totals={{
          committedPoints: 13,
          completedPlannedPoints: 8,
          completedUnplannedPoints: 1,
          bufferReservedPoints: 1,
          bufferUsedPoints: 0.5,
        }}
      />,
    );
    expect(screen.getByText(/^Completed/)).toHaveTextContent(
      'Completed 8 of 13 committed points, and 1 point of unplanned work.',
    );
    expect(screen.getByText(/^Interrupt buffer/)).toHaveTextContent(
      'Interrupt buffer: 0.5 of 1 point used by unplanned work.',
    );
  });
});
