import { pointsFigure as pts } from '../../../../src/domain/shared/words';
import { sprintFacts, standupFigures } from '../../../../src/domain/retro/facts';
import { formatDuration } from '../../../../src/domain/standup/format';
import type { PhaseProps } from '../PhaseView';
import { formatDayRange } from '../../../../src/domain/shared/dates';
import { unmetText } from '../../../../src/domain/backlog/readiness';
import { onScreen } from '../../../components/dates';

export function FactsPhase({ retro, team }: PhaseProps) {
  const sprint = team.sprints.find((s) => s.id === retro.sprintId);
  if (!sprint) return <p className="empty">This retro is not tied to a sprint, so there are no sprint facts.</p>;
  const facts = sprintFacts({
    sprint,
    sprints: team.sprints,
    items: team.items,
    definitionOfReady: team.settings.definitionOfReady,
    settings: team.settings,
    ...standupFigures(sprint.id, team.standups, team.blockers),
  });
  const rows: [string, string][] = [
    ['Committed', pts(facts.committedPoints)],
    ['Completed (planned)', pts(facts.completedPlannedPoints)],
    ['Completed (unplanned)', pts(facts.completedUnplannedPoints)],
    [
      'Interrupts logged',
      `${facts.interrupts.count} · ${pts(facts.interrupts.points)}${facts.interrupts.hours ? ` · ${facts.interrupts.hours} h` : ''}`,
    ],
    ['Buffer used vs reserved', `${pts(facts.bufferUsedPoints)} of ${pts(facts.bufferPoints)}`],
    ['Blockers raised', facts.blockersRaised === null ? 'not recorded' : String(facts.blockersRaised)],
    // A total, read as the standup's summary reads its overtime ("1 min 30 s"), not as a clock counting down.
    ['Standup overtime', facts.standupOvertimeMs === null ? 'not recorded' : formatDuration(facts.standupOvertimeMs)],
  ];
  const overBuffer = facts.bufferUsedPoints > facts.bufferPoints;
  return (
    <div className="facts">
      <p className="muted">
        {sprint.name} ({formatDayRange(sprint.startDate, sprint.endDate, onScreen())})
        {facts.fromResult ? ' · closed' : ' · not closed yet'}
      </p>
      <dl className="facts__grid">
        {rows.map(([k, v]) => (
          <div key={k} className={`fact${k.startsWith('Buffer') && overBuffer ? ' fact--warn' : ''}`}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <section className="panel" aria-labelledby="missed-dor-title">
        <h4 id="missed-dor-title">Items that missed the Definition of Ready ({facts.missedReady.length})</h4>
        {facts.missedReady.length === 0 ? (
          <p className="muted">Every planned item met the Definition of Ready.</p>
        ) : (
          <ul>
            {facts.missedReady.map((m) => (
              <li key={m.id}>
                <strong>{m.title}</strong> — {unmetText(m.missing)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
