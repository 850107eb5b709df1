import { useMemo, useState } from 'react';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { atCapacityRate, bufferUsedPoints } from '../../../src/domain/planning/buffer';
import { waitingToPlan } from '../../../src/domain/planning/dropped';
import { plannedPointsNow, sprintTotals, type SprintTotals } from '../../../src/domain/planning/figures';
import type { SprintCapacity } from '../../../src/domain/planning/capacity';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { useAppStore } from '../../store';
import { CapacityPanel } from './CapacityPanel';
import { CommitMeter, SprintResultSummary } from './CommitMeter';
import { focusSoon } from '../../components/focus-soon';
import { useOncePerKey } from '../../components/use-submit-once';
import { PlanBoard } from './PlanBoard';
import { sprintWarnings } from './plan-warnings';
import { ScopeChangeDialog } from './ScopeChangeDialog';
import { DataTable } from '../../components/DataTable';
import { logSizes } from '../../../src/domain/board/sprint-spans';
import { logInTimeOrder } from '../../../src/domain/planning/scope-sizes';
import { decimalText, plural, pluralWord } from '../../../src/domain/shared/words';
import { formatUtcTime } from '../../../src/domain/shared/dates';
import { onScreen } from '../../components/dates';
import { neighbourOf } from '../../../src/domain/shared/neighbour';

/** A size in the scope change log, or a dash where the change has none (not added yet, gone, unestimated). */
const sizeText = (points: number | null) => (points === null ? '–' : decimalText(points));

/**
 * The buffer line under the meter: once started, the buffer the commitment reserved; before it, only when the sprint
 * already holds unplanned work (carried over at the last close), against the buffer its capacity would reserve.
 */
function bufferOf(sprint: Sprint, totals: SprintTotals, capacity: SprintCapacity) {
  if (sprint.commitment) return { reserved: totals.bufferReservedPoints, used: totals.bufferUsedPoints };
  if (totals.bufferUsedPoints === 0) return null;
  return { reserved: capacity.bufferPoints, used: totals.bufferUsedPoints, carriedInto: sprint.name };
}

interface PlanTabProps {
  team: TeamDoc;
  sprint: Sprint;
  capacity: SprintCapacity;
  /** The team's date today (useToday): a change window before it has passed. */
  today: string;
  onEstimate: (item: BacklogItem) => void;
}

/** Capacity, the live meter, warnings and the backlog ⇄ sprint board. */
export function PlanTab({ team, sprint, capacity, today, onEstimate }: PlanTabProps) {
  const planItem = useAppStore((s) => s.planItem);
  const unplanItem = useAppStore((s) => s.unplanItem);
  const reportError = useAppStore((s) => s.reportError);
  const [asking, setAsking] = useState<{ item: BacklogItem; action: 'add' | 'remove' } | null>(null);
  // A card whose move is on its way ignores a second press (Enter twice on "← Remove"), which would find the
  // item moved already and be refused ("… is not in a sprint").
  const { busy: moving, run: moveOnce } = useOncePerKey();

  // Open items in no sprint, and those dropped at a close: the team may take them on after all (droppedFrom).
  const backlog = useMemo(() => waitingToPlan(team.items, team.sprints, sprint), [team.items, team.sprints, sprint]);
  const sprintItems = useMemo(() => team.items.filter((i) => i.sprintId === sprint.id), [team.items, sprint.id]);
  const plannable = sprint.commitment?.plannablePoints ?? capacity.plannablePoints;
  const active = sprint.state === 'active';
  const closed = sprint.state === 'closed';
  // Warnings are for planning; a closed sprint has nothing left to check (sprintWarnings).
  const warnings = sprintWarnings(team, sprint, today);
  // The figures every screen shows; for a closed sprint, its recorded result. "Committed" is the frozen
  // commitment once started, as on the board, in the close dialog and the review; the planned points in
  // the sprint now show beside it, named as such.
  // Interrupt hours burn the buffer at the rate the start freezes, before the start as after it (atCapacityRate).
  const rated = atCapacityRate(team.settings, capacity);
  const totals = sprintTotals(sprint, sprintItems, rated);
  const plannedNow = sprint.commitment ? plannedPointsNow(sprint, sprintItems) : null;
  // The log in the order the changes were made, as the burndown reads it: a sync's merge stores this machine's
  // changes before those pulled from another, whatever their times.
  const scopeLog = useMemo(() => logInTimeOrder(sprint), [sprint]);
  // Sizes as the burndown reads the log: an interrupt sized in hours keeps its size going out and coming back, and
  // has its hours' size when its points are cleared.
  const scopeSizes = useMemo(
    () => logSizes(sprintItems, sprint, team.settings, scopeLog),
    [sprintItems, sprint, team.settings, scopeLog],
  );

  /**
   * After "Add to sprint →" or "← Remove" the next card of the list it left takes the focus (its same
   * button: Enter carries on down the list), or the card before it at the end; when the list is empty,
   * the heading of the list the card went to.
   */
  const focusAfterMove = (item: BacklogItem, action: 'add' | 'remove') => {
    const list = action === 'add' ? backlog : sprintItems;
    const next = neighbourOf(list, item.id);
    const button = action === 'add' ? 'button.primary' : 'button[aria-label$=" from the sprint"]';
    focusSoon(() =>
      next
        ? document.querySelector(`[data-item-id="${CSS.escape(next.id)}"] ${button}`)
        : document.getElementById(action === 'add' ? 'plan-sprint-title' : 'plan-backlog-title'),
    );
  };
  const add = (item: BacklogItem) =>
    active
      ? setAsking({ item, action: 'add' })
      : moveOnce(item.id, () =>
          planItem(sprint.id, item.id)
            .then(() => focusAfterMove(item, 'add'))
            .catch(reportError),
        );
  const remove = (item: BacklogItem) =>
    active
      ? setAsking({ item, action: 'remove' })
      : moveOnce(item.id, () =>
          unplanItem(item.id)
            .then(() => focusAfterMove(item, 'remove'))
            .catch(reportError),
        );

  return (
    <>
      <section className="panel" aria-labelledby="commit-title">
        <h3 id="commit-title">{closed ? 'Result' : 'Commitment'}</h3>
        {closed ? (
          <SprintResultSummary totals={totals} />
        ) : (
          <CommitMeter
            committed={totals.committedPoints}
            plannable={plannable}
            plannedNow={plannedNow}
            buffer={bufferOf(sprint, totals, capacity)}
          />
        )}
        {warnings.length > 0 ? (
          <p className="warning">
            {plural(warnings.length, 'warning')} below the board: check {pluralWord(warnings.length, 'it', 'them')}
            {active ? '.' : ' before starting.'}
          </p>
        ) : null}
      </section>
      <PlanBoard
        backlog={backlog}
        sprintItems={sprintItems}
        sprintName={sprint.name}
        sprintPoints={{
          planned: plannedPointsNow(sprint, sprintItems),
          unplanned: bufferUsedPoints(sprintItems, sprint, rated),
        }}
        settings={team.settings}
        sprints={team.sprints}
        locked={closed}
        onAdd={add}
        onRemove={remove}
        moving={moving}
        onEstimate={onEstimate}
      />
      {warnings.length > 0 ? (
        <section className="panel" aria-labelledby="warnings-title">
          <h3 id="warnings-title">Check before committing</h3>
          <ul className="warnings" aria-label="Planning warnings">
            {warnings.map((w) => (
              <li key={w.key}>{w.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <CapacityPanel capacity={capacity} settings={team.settings} sprint={sprint} />
      {scopeLog.length > 0 ? (
        <section className="panel" aria-labelledby="scope-title">
          <h3 id="scope-title">Scope changes since the start</h3>
          <DataTable caption="Scope change log" columns={['When', 'Item', 'Change', 'Points', 'Planned?', 'Reason']}>
            <tbody>
              {scopeLog.map((c) => (
                <tr key={c.id}>
                  <td>{formatUtcTime(c.at, onScreen())}</td>
                  <td>{c.title}</td>
                  <td>{c.kind === 'reestimated' ? 'Re-estimated' : c.kind === 'added' ? 'Added' : 'Removed'}</td>
                  <td>
                    {sizeText(scopeSizes.get(c.id)?.before ?? null)} → {sizeText(scopeSizes.get(c.id)?.after ?? null)}
                  </td>
                  <td>{c.planned ? 'Planned' : 'Unplanned'}</td>
                  <td>{c.reason}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </section>
      ) : null}
      {asking ? (
        <ScopeChangeDialog
          action={asking.action}
          itemTitle={asking.item.title}
          sprintName={sprint.name}
          onClose={() => setAsking(null)}
          onConfirm={async (why) => {
            if (asking.action === 'add') await planItem(sprint.id, asking.item.id, why);
            else await unplanItem(asking.item.id, why);
            setAsking(null);
            focusAfterMove(asking.item, asking.action);
          }}
        />
      ) : null}
    </>
  );
}
