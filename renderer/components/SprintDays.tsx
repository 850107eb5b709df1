import { memo } from 'react';
import { sprintTiming, timingText } from '../../src/domain/planning/timing';
import type { Sprint } from '../../src/domain/planning/schema';

interface SprintDaysProps {
  sprint: Pick<Sprint, 'state' | 'startDate' | 'endDate'>;
  /** Today's ISO date (useToday). */
  today: string;
  /** The team's working weekdays, 0 = Sunday. */
  workingDays: readonly number[];
}

/**
 * A sprint's working days and where today falls in them, to follow its dates on their line: "day 6 of 10
 * working days", "10 working days, starting tomorrow", and a warning when its dates have passed while it is
 * still open. A part of a line, not a line of its own: on a projector what is below keeps its place. Memoized:
 * a card moved on the board renders the board's heading again, and the sprint, its dates and today are as
 * they were.
 */
export const SprintDays = memo(function SprintDays({ sprint, today, workingDays }: SprintDaysProps) {
  const { days, warning } = timingText(sprintTiming(sprint, today, workingDays));
  return (
    <>
      {days}
      {warning ? (
        <>
          {' '}
          <span className="sprint-days__warning">{warning}</span>
        </>
      ) : null}
    </>
  );
});
