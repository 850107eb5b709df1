import type { SprintTotals } from '../../../src/domain/planning/figures';
import { round2 } from '../../../src/domain/shared/round';
import { decimalText, decimalWord, pointsText } from '../../../src/domain/shared/words';

interface CommitMeterProps {
  /** The frozen commitment once started (sprintTotals), so it reads as on every other screen. */
  committed: number;
  plannable: number;
  /**
   * The interrupt buffer and what unplanned work takes of it; before the start, `carriedInto` names the sprint the
   * work was carried into at the last close (the buffer is the one the sprint would reserve).
   */
  buffer: { reserved: number; used: number; carriedInto?: string } | null;
  /** Planned points in the sprint now, once started; shown only when scope changes made them differ. */
  plannedNow: number | null;
}

/** How far past the plannable points the bar runs, when no more is committed: half as much again. */
const SCALE_PAST_PLANNABLE = 1.5;

/**
 * Where the bar ends: half as much again as the plannable points, or the points committed when they are more, so
 * the fill is never cut short and the line for the plannable points moves left instead.
 */
function scaleOf(committed: number, plannable: number): { end: number; why: string } {
  const usual = round2(plannable * SCALE_PAST_PLANNABLE);
  return committed > usual
    ? { end: committed, why: 'the points committed' }
    : { end: usual, why: 'half as much again' };
}

/** A share of the bar's width, in percent; an empty scale (nothing plannable, nothing committed) has none. */
const widthOf = (points: number, end: number) => `${end > 0 ? (points / end) * 100 : 0}%`;

/** Committed points against plannable points, with a warning nobody can miss when it is over. */
export function CommitMeter({ committed, plannable, buffer, plannedNow }: CommitMeterProps) {
  const over = committed > plannable;
  const scale = scaleOf(committed, plannable);
  return (
    <div className={`commit-meter${over ? ' is-over' : ''}`}>
      <p className="commit-meter__label" id="commit-meter-label">
        Committed <strong>{decimalText(committed)}</strong> of <strong>{decimalText(plannable)}</strong>{' '}
        {decimalWord(plannable, 'plannable point')}
      </p>
      <div
        className="commit-meter__bar"
        role="meter"
        aria-labelledby="commit-meter-label commit-meter-scale"
        aria-valuemin={0}
        aria-valuemax={scale.end}
        aria-valuenow={committed}
        aria-valuetext={`${pointsText(committed)} committed`}
      >
        <span className="commit-meter__fill" style={{ width: widthOf(committed, scale.end) }} />
        <span className="commit-meter__limit" style={{ left: widthOf(plannable, scale.end) }} aria-hidden="true" />
      </div>
      {scale.end > 0 ? (
        <p className="commit-meter__scale muted" id="commit-meter-scale">
          The line marks the {decimalText(plannable)} {decimalWord(plannable, 'plannable point')}; the bar ends at{' '}
          {decimalText(scale.end)}, {scale.why}.
        </p>
      ) : null}
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

/**
 * The buffer in one sentence, the same words while the sprint runs and once it is closed; before the start, what
 * unplanned work carried over at the close already takes of the buffer the sprint would reserve.
 */
export function BufferLine({ reserved, used, carriedInto }: { reserved: number; used: number; carriedInto?: string }) {
  return (
    <p className={used > reserved ? 'warning' : 'muted'}>
      Interrupt buffer: {decimalText(used)} of {pointsText(reserved)}{' '}
      {carriedInto ? `already taken by unplanned work carried into ${carriedInto}.` : 'used by unplanned work.'}
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
