import {
  ALL_READY,
  factRows,
  factsCaption,
  missedReadyTitle,
  retroFacts,
} from '../../../../src/domain/retro/export/facts';
import type { PhaseProps } from '../PhaseView';
import { unmetText } from '../../../../src/domain/backlog/readiness';
import { onScreen } from '../../../components/dates';

export function FactsPhase({ retro, team }: PhaseProps) {
  const found = retroFacts(team, retro);
  if (!found) return <p className="empty">This retro is not tied to a sprint, so there are no sprint facts.</p>;
  const { facts } = found;
  const rows = factRows(facts);
  return (
    <div className="facts">
      <p className="muted">{factsCaption(found, onScreen())}</p>
      <dl className="facts__grid">
        {rows.map(([k, v, warning]) => (
          <div key={k} className={`fact${warning ? ' fact--warn' : ''}`}>
            <dt>{k}</dt>
            <dd>{v}</dd>
            {warning ? <dd className="fact__warning">{warning}</dd> : null}
          </div>
        ))}
      </dl>
      <section className="panel" aria-labelledby="missed-dor-title">
        <h4 id="missed-dor-title">{missedReadyTitle(facts)}</h4>
        {facts.missedReady.length === 0 ? (
          <p className="muted">{ALL_READY}</p>
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
