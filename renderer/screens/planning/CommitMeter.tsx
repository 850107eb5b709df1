import type { SprintTotals } from '../../../src/domain/planning/figures';
import { round2 } from '../../../src/domain/shared/round';
import { decimalText, decimalWord, pointsText } from '../../../src/domain/shared/words';

interface CommitMeterProps {
  /** The frozen commitment once started (sprintTotals), so it reads as on every other screen. */
  committed: number;
  plannable: number;
  buffer: { reserved: number; used: number } | null;
  /** Planned points in the sprint now, once started; shown only when scope changes made them differ. */
  plannedNow: number | null;
}

/** Committed points against plannable points, with a warning nobody can miss when it is over. */
export function CommitMeter({ committed, plannable, buffer, plannedNow }: CommitMeterProps) {
  const over = committed > plannable;
  const share = plannable > 0 ? Math.min(committed / plannable, 1.5) : committed > 0 ? 1.5 : 0;
  return (
    <div className={`commit-meter${over ? ' is-over' : ''}`}>
      <p className="commit-meter__label" id="commit-meter-label">
        Committed <strong>{decimalText(committed)}</strong> of <strong>{decimalText(plannable)}</strong>{' '}
        {decimalWord(plannable, 'plannable point')}
      </p>
      <div
        className="commit-meter__bar"
        role="meter"
        aria-labelledby="commit-meter-label"
        aria-valuemin={0}
        aria-valuemax={Math.max(plannable, committed)}
        aria-valuenow={committed}
      >
        <span className="commit-meter__fill" style={{ width: `${(share / 1.5) * 100}%` }} />
        <span className="commit-meter__limit" style={{ left: `${(1 / 1.5) * 100}%` }} aria-hidden="true" />
      </div>
      <p role="status" className={over ? 'warning warning--strong' : 'muted'}>
        {over
          ? `Over-committed by ${pointsText(committed - plannable)}: take items out or the interrupt buffer will be eaten.`
          : `${pointsText(plannable - committed)} still plannable.`}
      </p>
      {plannedNow !== null && round2(plannedNow) !== round2(committed) ? (
        <ScopeNowLine committed={committed} plannedNow={plannedNow} />
      ) : null}
      {buffer ? <BufferLine {...buffer} /> : null}
    </div>
  );
}

/** What the sprint holds now against what was committed: scope changed, the commitment did not. */
function ScopeNowLine({ committed, plannedNow }: { committed: number; plannedNow: number }) {
  const difference = plannedNow - committed;
  return (
    <p className="muted">
      In the sprint now: {decimalText(plannedNow)} planned {decimalWord(plannedNow, 'point')},{' '}
      {decimalText(Math.abs(difference))} {difference > 0 ? 'more' : 'fewer'} than committed at the start (scope
      changes).
    </p>
  );
}

/** The buffer in one sentence, the same words while the sprint runs and once it is closed. */
export function BufferLine({ reserved, used }: { reserved: number; used: number }) {
  return (
    <p className={used > reserved ? 'warning' : 'muted'}>
      Interrupt buffer: {decimalText(used)} of {pointsText(reserved)} used by unplanned work.
    </p>
  );
}

/** A closed sprint: what it recorded when it closed, instead of a meter of what is still plannable. */
export function SprintResultSummary({ totals }: { totals: SprintTotals }) {
  return (
    <div className="commit-meter">
      <p className="commit-meter__label">
        Completed <strong>{decimalText(totals.completedPlannedPoints)}</strong> of{' '}
        <strong>{decimalText(totals.committedPoints)}</strong> {decimalWord(totals.committedPoints, 'committed point')},
        and {pointsText(totals.completedUnplannedPoints)} of unplanned work.
      </p>
      <BufferLine reserved={totals.bufferReservedPoints} used={totals.bufferUsedPoints} />
    </div>
  );
}
