import type { SprintCapacity } from '../../../src/domain/planning/capacity';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamSettings } from '../../../src/domain/team/schema';
import { num } from './use-sprint';
import { DataTable } from '../../components/DataTable';
import { plural, theLast } from '../../../src/domain/shared/words';

interface CapacityPanelProps {
  capacity: SprintCapacity;
  settings: TeamSettings;
  sprint: Sprint;
}

/** The capacity formula with every term and its number, member by member. */
export function CapacityPanel({ capacity: c, settings, sprint }: CapacityPanelProps) {
  const load = settings.onCallLoadPercent;
  const v = c.velocity;
  return (
    <section className="panel capacity" aria-labelledby="capacity-title">
      <h3 id="capacity-title">Capacity</h3>
      <p className="formula">
        <strong>Effective days</strong> = working days − days off − holidays − on-call days × {load}% on-call load.{' '}
        <strong>Person-days</strong> = Σ effective days × hours per day ÷ {num(settings.standardDayHours)} h standard
        day.
      </p>
      {c.members.length === 0 ? (
        <p className="empty">This team has no members yet; add them on the Team screen.</p>
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
                  {m.available} − {m.onCallDays} × {load}% = {num(m.effective)}
                </td>
                <td>× {num(m.focus)}</td>
                <td>{num(m.personDays)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={8}>
                Team person-days
              </th>
              <td>{num(c.personDays)}</td>
            </tr>
          </tfoot>
        </DataTable>
      )}
      <dl className="formula-lines">
        <dt>Points per person-day</dt>
        <dd>
          {v.source === 'history' ? (
            <>
              {num(c.pointsPerPersonDay)}: average of completed planned points ÷ person-days over{' '}
              {v.sprints.map((h) => `${h.name} (${num(h.completedPlannedPoints)} ÷ ${num(h.personDays)})`).join(', ')}
            </>
          ) : (
            <>
              {num(c.pointsPerPersonDay)}: the team&apos;s starting value, until{' '}
              {plural(settings.velocityWindow, 'sprint is', 'sprints are')} closed
            </>
          )}
        </dd>
        <dt>Forecast</dt>
        <dd>
          {num(c.personDays)} person-days × {num(c.pointsPerPersonDay)} ={' '}
          <strong>{num(c.forecastPoints)} points</strong>
        </dd>
        <dt>Interrupt buffer</dt>
        <dd>
          {num(c.bufferPercent)}% × {num(c.forecastPoints)} = <strong>{num(c.bufferPoints)} points</strong> kept for
          unplanned work.{' '}
          <span className="muted">
            {c.suggestedBufferPercent === null
              ? 'History suggests: nothing yet, no sprint closed before this one.'
              : `History suggests ${c.suggestedBufferPercent}%: the share of completed points unplanned work took in ${theLast(settings.velocityWindow, 'closed sprint')}.`}
          </span>
        </dd>
        <dt>Plannable</dt>
        <dd>
          {num(c.forecastPoints)} − {num(c.bufferPoints)} = <strong>{num(c.plannablePoints)} points</strong>
        </dd>
      </dl>
      {sprint.commitment ? (
        <p className="commitment-note">
          Frozen at the start: {num(sprint.commitment.committedPoints)} points committed against{' '}
          {num(sprint.commitment.plannablePoints)} plannable ({num(sprint.commitment.forecastPoints)} forecast,{' '}
          {num(sprint.commitment.bufferPoints)} buffer).
        </p>
      ) : null}
    </section>
  );
}
