import { useState } from 'react';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import {
  carryOverOf,
  personDaysRan,
  sprintResultOf,
  unplannedChoiceOf,
  type IncompleteTo,
  type UnplannedChoice,
} from '../../../src/domain/planning/close';
import { interruptHoursText } from '../../../src/domain/planning/buffer';
import { carriedOn, droppedAtClose } from '../../../src/domain/planning/dropped';
import { nextPlannedSprint } from '../../../src/domain/planning/rules';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { messageOf } from '../../api/errors';
import { Modal } from '../../components/Modal';
import { FormError } from '../../components/FormError';
import { DialogActions } from '../../components/DialogActions';
import {
  decimalPlural,
  decimalText,
  plural,
  pluralWord,
  pointsFigure,
  numberText,
  pointsText,
} from '../../../src/domain/shared/words';
import { workingDaysLeft, type DatesFromToday, type LateStart } from '../../../src/domain/planning/timing';
import { formatDay, formatDayRange } from '../../../src/domain/shared/dates';
import { onScreen } from '../../components/dates';
import { startWarningLines, type PlanWarning } from './plan-warnings';

interface StartProps {
  sprint: Sprint;
  committed: number;
  plannable: number;
  itemCount: number;
  /** What the Plan tab lists below the board (sprintWarnings), named here: starting with them is a decision. */
  warnings?: readonly PlanWarning[];
  /** When the sprint's first working days are before today (lateStart), with the dates offered instead. */
  late?: { days: LateStart; from: DatesFromToday; onChangeDates: () => void } | null;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** What starting a sprint whose working days have begun to pass would count, in its own words. */
function lateText(sprint: Sprint, { passed, of }: LateStart): string {
  const counted =
    'Started on these dates, its capacity counts them, with their time off, on-call shifts and change windows.';
  if (passed >= of) {
    return `${sprint.name}'s dates have passed (${formatDayRange(sprint.startDate, sprint.endDate, onScreen())}): all ${plural(of, 'working day')}. ${counted}`;
  }
  return `${sprint.name} was to start on ${formatDay(sprint.startDate, onScreen())}: ${passed} of its ${plural(of, 'working day')} ${pluralWord(passed, 'has', 'have')} passed. ${counted}`;
}

/**
 * Why the dates offered from today are fewer working days than the sprint's: the Start dialog and the new-dates
 * form say it in these words.
 */
export function shorterWhy(from: Extract<DatesFromToday, { kind: 'shorter' }>): string {
  return `${plural(from.days, 'working day')}, not ${from.of}, so that it ends before ${from.before.name} starts on ${formatDay(from.before.startDate, onScreen())}`;
}

/** What the dates offered from today (datesFromToday) are, after the range they run: as long, or shorter and why. */
function fromTodayText(from: Exclude<DatesFromToday, { kind: 'no-room' }>): string {
  const range = formatDayRange(from.startDate, from.endDate, onScreen());
  if (from.kind === 'as-many') return `to ${range}, from today, as many working days`;
  return `to ${range}, from today: ${shorterWhy(from)}`;
}

/**
 * Confirms the start: after it, the commitment is frozen and changes are logged as scope changes. A sprint whose
 * dates have begun to pass says so, and offers new dates from today (focused first: the safer choice), or says
 * that none are left before the next sprint, so only its planned dates remain.
 */
export function StartSprintDialog({
  sprint,
  committed,
  plannable,
  itemCount,
  warnings = [],
  late,
  onConfirm,
  onClose,
}: StartProps) {
  const [error, setError] = useState<string | null>(null);
  const over = committed > plannable;
  const offered = late && late.from.kind !== 'no-room' ? late.from : null;
  return (
    <Modal title={`Start ${sprint.name}`} onClose={onClose}>
      <p>
        The team commits to {plural(itemCount, 'item')}, {pointsText(committed)}, against the {pointsText(plannable)} it
        can plan. From now on, adding, removing or re-estimating items is logged as a scope change.
      </p>
      {over ? (
        <p className="warning warning--strong">
          This is {pointsText(committed - plannable)} over what the team can plan. Starting anyway eats the interrupt
          buffer.
        </p>
      ) : null}
      {warnings.length > 0 ? <StartWarnings warnings={warnings} /> : null}
      {late ? (
        <>
          <p className="warning warning--strong">{lateText(sprint, late.days)}</p>
          {offered ? (
            <p>
              <button type="button" onClick={late.onChangeDates} data-autofocus>
                Change the dates
              </button>{' '}
              {fromTodayText(offered)}; you can adjust them before saving.
            </p>
          ) : late.from.kind === 'no-room' ? (
            <p>
              No working day is left between today and {late.from.before.name} (
              {formatDayRange(late.from.before.startDate, late.from.before.endDate, onScreen())}): new dates from today
              would overlap it. {sprint.name} can start only on its planned dates.
            </p>
          ) : null}
        </>
      ) : null}
      <FormError message={error} />
      <DialogActions
        confirm="Start sprint"
        onConfirm={() => onConfirm().catch((e: unknown) => setError(messageOf(e)))}
        onCancel={onClose}
        autoFocus={offered ? undefined : 'confirm'}
      />
    </Modal>
  );
}

/** The plan's warnings in a few short lines (startWarningLines), so the dialog stays readable on a shared screen. */
function StartWarnings({ warnings }: { warnings: readonly PlanWarning[] }) {
  return (
    <>
      <p className="warning">
        {plural(warnings.length, 'warning')} from the plan: start only if the team accepts{' '}
        {pluralWord(warnings.length, 'it', 'them')}.
      </p>
      <ul className="warnings" aria-label="Warnings before starting">
        {startWarningLines(warnings).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

interface CloseProps {
  team: TeamDoc;
  sprint: Sprint;
  /** The team's date today, in its time zone: the working days after it are those a close now gives up. */
  today: string;
  onConfirm: (incompleteTo: IncompleteTo, unplannedTo: Record<string, UnplannedChoice>) => Promise<void>;
  onClose: () => void;
}

/** An item's size as it burns the buffer: points, or the interrupt's hours. */
function estimateOf(item: BacklogItem): string {
  if (item.points !== null) return pointsFigure(item.points);
  return interruptHoursText(item) ?? 'no estimate';
}

/**
 * Null unless working days of the sprint are still to come after today: a close now ends it early, and its
 * velocity is measured on the person-days of the days it ran (`ran`, personDaysRan).
 */
function earlyText(sprint: Sprint, today: string, workingDays: readonly number[], ran: number): string | null {
  const left = workingDaysLeft(sprint, today, workingDays);
  if (left === 0) return null;
  const committed = sprint.commitment?.personDays ?? 0;
  const days =
    ran === committed
      ? ''
      : `: ${decimalPlural(ran, 'person-day')}, not the ${decimalText(committed)} it was committed on`;
  return `${sprint.name} runs until ${formatDay(sprint.endDate, onScreen())}: ${plural(left, 'working day is', 'working days are')} left after today. Closing now ends it early, and its velocity counts only the days it ran${days}.`;
}

/**
 * Shows what the sprint delivered and asks where unfinished work goes: planned as a whole, unplanned item by item.
 * A sprint closed before its last working day says how many are left, so a close pressed by mistake is noticed.
 */
export function CloseSprintDialog({ team, sprint, today, onConfirm, onClose }: CloseProps) {
  const ran = personDaysRan(sprint, team.members, team.settings, team.calendar, today);
  const early = earlyText(sprint, today, team.settings.workingDays, ran);
  const next = nextPlannedSprint(team.sprints, sprint);
  const [to, setTo] = useState<IncompleteTo>(next ? 'next_sprint' : 'backlog');
  const [error, setError] = useState<string | null>(null);
  const preview = sprintResultOf(sprint, team.items, team.settings, to, new Date().toISOString(), ran);
  const unfinished = team.items.filter((i) => preview.incompleteItemIds.includes(i.id));
  const planned = unfinished.filter((i) => !i.unplanned);
  const unplanned = unfinished.filter((i) => i.unplanned);
  // Only what the user picked: an item left alone (or logged elsewhere while the dialog is open) goes where the
  // planned leftovers go, and its list says so.
  const [picked, setPicked] = useState<Record<string, UnplannedChoice>>({});
  const choiceOf = (itemId: string) => unplannedChoiceOf(itemId, picked, to);
  const choices = Object.fromEntries(unplanned.map((i) => [i.id, choiceOf(i.id)]));
  // What the review will list as carried over, by the same rule: the unfinished items but those dropped.
  const dropped = droppedAtClose(sprint, carryOverOf(sprint, team.items, to, choices, next?.id ?? null));
  const carried = carriedOn(preview.incompleteItemIds, dropped);
  const titles = planned.map((i) => i.title);
  return (
    <Modal title={`Close ${sprint.name}`} onClose={onClose}>
      {early ? <p className="warning">{early}</p> : null}
      <dl className="formula-lines">
        <dt>Committed</dt>
        <dd>{pointsText(preview.committedPoints)}</dd>
        <dt>Completed planned</dt>
        <dd>{pointsText(preview.completedPlannedPoints)}</dd>
        <dt>Completed unplanned</dt>
        <dd>{pointsText(preview.completedUnplannedPoints)}</dd>
        <dt>Buffer</dt>
        <dd>
          {decimalText(preview.bufferUsedPoints)} of {pointsText(preview.bufferReservedPoints)} used
        </dd>
        <dt>Unfinished</dt>
        <dd>{unfinished.length === 0 ? 'Nothing: everything is done.' : plural(unfinished.length, 'item')}</dd>
        {unfinished.length > 0 ? (
          <>
            <dt>Carried over</dt>
            <dd>
              {carried.length === 0 ? 'Nothing' : plural(carried.length, 'item')}
              {dropped.length > 0 ? `; ${numberText(dropped.length)} dropped, left in ${sprint.name}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {planned.length > 0 ? (
        <fieldset>
          <legend>Move unfinished planned items to</legend>
          <p className="muted">{titles.join(', ')}</p>
          <label className="radio">
            <input type="radio" name="incomplete" checked={to === 'backlog'} onChange={() => setTo('backlog')} /> The
            backlog
          </label>
          <label className="radio">
            <input
              type="radio"
              name="incomplete"
              checked={to === 'next_sprint'}
              disabled={!next}
              onChange={() => setTo('next_sprint')}
            />{' '}
            {next ? `The next sprint, ${next.name}` : 'The next sprint (create it first)'}
          </label>
        </fieldset>
      ) : null}
      {unplanned.length > 0 ? (
        <fieldset>
          <legend>Unfinished unplanned work, item by item</legend>
          <p className="muted">
            It keeps its estimate. In the next sprint it stays unplanned and uses that sprint&apos;s buffer; it is never
            added to the commitment.
          </p>
          {unplanned.map((item) => (
            <div className="field" key={item.id}>
              <label htmlFor={`carry-${item.id}`}>
                {item.title} ({estimateOf(item)})
              </label>
              <select
                id={`carry-${item.id}`}
                value={choiceOf(item.id)}
                onChange={(e) => setPicked((c) => ({ ...c, [item.id]: e.target.value as UnplannedChoice }))}
              >
                <option value="next_sprint" disabled={!next}>
                  {next ? `Into ${next.name}, as unplanned work` : 'Into the next sprint (create it first)'}
                </option>
                <option value="backlog">Back to the backlog</option>
                <option value="drop">Drop it: it stays in {sprint.name}, not done</option>
              </select>
            </div>
          ))}
        </fieldset>
      ) : null}
      <FormError message={error} />
      <DialogActions
        confirm="Close sprint"
        onConfirm={() =>
          // The choice of each item listed now, as shown; none for an item that has left the sprint meanwhile.
          onConfirm(to, choices).catch((e: unknown) => setError(messageOf(e)))
        }
        onCancel={onClose}
        autoFocus="confirm"
      />
    </Modal>
  );
}
