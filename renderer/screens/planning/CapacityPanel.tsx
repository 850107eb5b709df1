import type { MemberCapacity, SprintCapacity } from '../../../src/domain/planning/capacity';
import { round2 } from '../../../src/domain/shared/round';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamSettings } from '../../../src/domain/team/schema';
import { DataTable } from '../../components/DataTable';
import { decimalPlural, decimalText, plural, pointsText } from '../../../src/domain/shared/words';

interface CapacityPanelProps {
  capacity: SprintCapacity;
  settings: TeamSettings;
  sprint: Sprint;
}

const sprintNames = (sprints: readonly { name: string }[]) =>
  new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(sprints.map((s) => s.name));

/** What the interrupt buffer suggestion learned, and when it has nothing to suggest, the true reason. */
function bufferSuggestion(c: SprintCapacity): string {
  const share = c.unplannedSharePercent;
  if (c.suggestedBufferPercent !== null && share !== null && share > c.suggestedBufferPercent) {
    // Capped: the share itself is said, not passed off as the suggestion.
    return `History suggests ${c.suggestedBufferPercent}%, the most the buffer can be: unplanned work took ${share}% of the completed points in ${sprintNames(c.learnedFrom)}.`;
  }
  if (c.suggestedBufferPercent !== null) {
    return `History suggests ${c.suggestedBufferPercent}%: the share of completed points unplanned work took in ${sprintNames(c.learnedFrom)}.`;
  }
  if (c.learnedFrom.length > 0)
    return `History suggests: nothing yet, ${sprintNames(c.learnedFrom)} completed no points.`;
  if (c.closedBefore > 0) return 'History suggests: nothing yet, no sprint closed before this one had person-days.';
  return 'History suggests: nothing yet, no sprint closed before this one.';
}

/** Why the starting value is still used: how many closed sprints velocity can learn from so far. */
function startingUntil(c: SprintCapacity, window: number): string {
  const until = `until ${plural(window, 'sprint is', 'sprints are')} closed`;
  const measured = c.learnedFrom.length;
  const empty = c.closedBefore - measured;
  if (empty > 0)
    return `${until} with person-days to learn from (${measured} so far; ${empty} closed with 0 person-days)`;
  return measured > 0 ? `${until} (${measured} so far)` : until;
}

/** The focus as written in the row: its exact terms when two decimals would round it (5 ÷ 6, not 0.83). */
function focusText(m: MemberCapacity, standardDayHours: number): string {
  return round2(m.focus) === m.focus
    ? decimalText(m.focus)
    : `${decimalText(m.hoursPerDay)} ÷ ${decimalText(standardDayHours)}`;
}

/**
 * When a started sprint's rows (today's team over its days) no longer give the person-days it was committed on:
 * a member's hours, days off or the team changed since. The forecast shown stays the committed one.
 */
function rowsChangedNote(c: SprintCapacity, sprint: Sprint): string | null {
  if (!sprint.commitment || c.rowsPersonDays === c.personDays) return null;
  return `Today’s team gives ${decimalPlural(c.rowsPersonDays, 'person-day')} for these dates; ${sprint.name} was committed on ${decimalText(c.personDays)} at its start. The figures below are those it was committed on.`;
}

/**
 * In place of the member rows when the team has none today. A started sprint keeps the figures of its start (see
 * rowsChangedNote), so "none yet" is said only before the start; a closed sprint's rows cannot be added back.
 */
function noMembersText(sprint: Sprint): string {
  if (sprint.state === 'closed')
    return `${sprint.name} is closed and the team has no members now: there is no row per member to show.`;
  if (sprint.commitment) return 'The team has no members now; add them on the Team screen to list their days.';
  return 'This team has no members yet; add them on the Team screen.';
}

/** The capacity formula with every term and its number, member by member. */
export function CapacityPanel({ capacity: c, settings, sprint }: CapacityPanelProps) {
  const load = settings.onCallLoadPercent;
  const v = c.velocity;
  const rowsChanged = rowsChangedNote(c, sprint);
  return (
    <section className="panel capacity" aria-labelledby="capacity-title">
      <h3 id="capacity-title">Capacity</h3>
      <p className="formula">
        <strong>Effective days</strong> = working days − days off − holidays − on-call days × {load}% on-call load.{' '}
        <strong>Person-days</strong> = Σ effective days × hours per day ÷ {decimalText(settings.standardDayHours)} h
        standard day.
      </p>
      {c.members.length === 0 ? (
        <p className="empty">{noMembersText(sprint)}</p>
      ) : (
        <DataTable
          caption="Capacity per member"
          className="capacity-table"
          columns={[
            'Member',
            'Working days',
            'Days off',
            'Holidays',
            'Available',
            'On-call days',
            'Effective',
            'Focus',
            'Person-days',
          ]}
        >
          <tbody>
            {c.members.map((m) => (
              <tr key={m.memberId}>
                <th scope="row">{m.name}</th>
                <td>{m.workingDays}</td>
                <td>{m.daysOff}</td>
                <td>{m.holidays}</td>
                <td>{m.available}</td>
                <td>{m.onCallDays}</td>
                <td>
                  {m.available} − {m.onCallDays} × {load}% = {decimalText(m.effective)}
                </td>
                <td>× {focusText(m, settings.standardDayHours)}</td>
                <td>{decimalText(m.personDays)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={8}>
                Team person-days
              </th>
              <td>{decimalText(c.rowsPersonDays)}</td>
            </tr>
          </tfoot>
        </DataTable>
      )}
      {rowsChanged ? <p className="warning">{rowsChanged}</p> : null}
      <dl className="formula-lines">
        <dt>Points per person-day</dt>
        <dd>
          {v.source === 'committed' ? (
            <>{decimalText(c.pointsPerPersonDay)}: as committed at the start</>
          ) : v.source === 'history' ? (
            <>
              {decimalText(c.pointsPerPersonDay)}: average of completed points (planned + unplanned) ÷ person-days over{' '}
              {v.sprints
                .map(
                  (h) =>
                    `${h.name} ((${decimalText(h.completedPlannedPoints)} + ${decimalText(h.completedUnplannedPoints)}) ÷ ${decimalText(h.personDays)})`,
                )
                .join(', ')}
            </>
          ) : (
            <>
              {decimalText(c.pointsPerPersonDay)}: the team&apos;s starting value,{' '}
              {startingUntil(c, settings.velocityWindow)}
            </>
          )}
        </dd>
        <dt>Forecast</dt>
        <dd>
          {decimalPlural(c.personDays, 'person-day')} × {decimalText(c.pointsPerPersonDay)} ={' '}
          <strong>{pointsText(c.forecastPoints)}</strong>
        </dd>
        <dt>Interrupt buffer</dt>
        <dd>
          {decimalText(c.bufferPercent)}% × {decimalText(c.forecastPoints)} ={' '}
          <strong>{pointsText(c.bufferPoints)}</strong> kept for unplanned work.{' '}
          <span className="muted">{bufferSuggestion(c)}</span>
        </dd>
        <dt>Plannable</dt>
        <dd>
          {decimalText(c.forecastPoints)} − {decimalText(c.bufferPoints)} ={' '}
          <strong>{pointsText(c.plannablePoints)}</strong>
        </dd>
      </dl>
      {sprint.commitment ? (
        <p className="commitment-note">
          Frozen at the start: {pointsText(sprint.commitment.committedPoints)} committed against{' '}
          {decimalText(sprint.commitment.plannablePoints)} plannable ({decimalText(sprint.commitment.forecastPoints)}{' '}
          forecast, {decimalText(sprint.commitment.bufferPoints)} buffer).
        </p>
      ) : null}
    </section>
  );
}
