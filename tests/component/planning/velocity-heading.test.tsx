import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VelocityChart } from '../../../renderer/screens/planning/VelocityChart';
import { velocityRows } from '../../../src/domain/planning/close';
import { closedSprints } from '../../../src/domain/planning/closed-sprints';
import type { Sprint } from '../../../src/domain/planning/schema';
import { sprint } from '../../helpers/fixtures';

/** Closed sprints of two weeks each, one after the other, with their results. */
function closed(count: number): Sprint[] {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(2026, 0, 5 + i * 14)).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(2026, 0, 16 + i * 14)).toISOString().slice(0, 10);
    return {
      ...sprint({ name: `Sprint ${i + 1}`, startDate: start, endDate: end, state: 'closed' }),
      result: {
        closedAt: `${end}T17:00:00.000Z`,
        committedPoints: 20,
        completedPlannedPoints: 18,
        completedUnplannedPoints: 3,
        incompleteItemIds: [],
        incompleteTo: 'backlog',
        bufferReservedPoints: 4,
        bufferUsedPoints: 3,
        personDays: 30,
      },
    };
  });
}

const showVelocity = (sprints: Sprint[]) =>
  render(<VelocityChart rows={velocityRows(sprints)} closedCount={closedSprints(sprints).length} velocityWindow={3} />);

describe('the velocity heading', () => {
  it('says the chart shows the last sprints of a longer history', () => {
    showVelocity(closed(9));
    expect(screen.getByRole('heading', { name: 'Velocity: the last 7 of 9 closed sprints' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Velocity history in points' })).toHaveTextContent('Sprint 9');
    expect(screen.getByRole('table', { name: 'Velocity history in points' })).not.toHaveTextContent('Sprint 2');
  });

  it('counts the closed sprints when the chart shows them all', () => {
    showVelocity(closed(7));
    expect(screen.getByRole('heading', { name: 'Velocity: 7 closed sprints' })).toBeInTheDocument();
  });
});
