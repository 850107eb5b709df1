import { useState } from 'react';
import {
  cardName,
  notCountedNote,
  roundStats,
  votesThatCount,
  type EstimationRound,
} from '../../../src/domain/planning/estimation';
import { personName } from '../../../src/domain/shared/guests';
import type { Member } from '../../../src/domain/team/schema';
import { scaleCards, type PointScale } from '../../../src/domain/team/scales';
import { FORMER_MEMBER } from '../../../src/domain/team/member-name';
import { decimalText } from '../../../src/domain/shared/words';

/** Where focus goes after Reveal. */
export const RESULTS_HEADING_ID = 'poker-results-title';

interface PokerResultsProps {
  round: EstimationRound;
  members: readonly Member[];
  scale: PointScale;
  onRevote: () => void;
  onAccept: (points: number) => void;
}

/**
 * Revealed votes with spread, median, mode and the nearest card; outliers marked to open the discussion. A vote of
 * someone taken off the team mid-round is named apart, outside the figures.
 */
export function PokerResults({ round, members, scale, onRevote, onAccept }: PokerResultsProps) {
  const { counted, leftOut } = votesThatCount(round, members);
  const stats = roundStats(counted, scale);
  const cards = scaleCards(scale);
  const [other, setOther] = useState<string>(String(stats.nearest?.value ?? cards[0]?.value ?? 0));
  const nameOf = (id: string) => personName(members, round.guests, id) ?? FORMER_MEMBER;
  const outliers = new Set(stats.outliers);
  const label = (value: number) => cards.find((c) => c.value === value)?.label ?? decimalText(value);
  return (
    <div className="poker-results">
      <h5 id={RESULTS_HEADING_ID} className="poker-results__title" tabIndex={-1}>
        Results of round {round.number}
      </h5>
      <ul className="poker-revealed" aria-label="Revealed votes">
        {counted.map((v) => (
          <li key={v.memberId} className={outliers.has(v.memberId) ? 'is-outlier' : undefined}>
            <span className="poker-revealed__card">{v.card === 'coffee' ? '☕' : v.card}</span>
            <span>
              {nameOf(v.memberId)}
              {v.value === null ? `: ${cardName(v.card)}` : ''}
              {outliers.has(v.memberId) ? <strong className="outlier-tag"> Outlier: explain your vote</strong> : null}
            </span>
          </li>
        ))}
      </ul>
      {leftOut.length > 0 ? <p>{notCountedNote(leftOut)}</p> : null}
      <dl className="poker-stats">
        <dt>Spread</dt>
        <dd>
          {stats.spread === null
            ? '–'
            : `${decimalText(stats.spread)} (${label(stats.min ?? 0)} to ${label(stats.max ?? 0)})`}
        </dd>
        <dt>Median</dt>
        <dd>{stats.median === null ? '–' : decimalText(stats.median)}</dd>
        <dt>Mode</dt>
        <dd>{stats.mode.length === 0 ? 'No value repeats' : stats.mode.map(label).join(', ')}</dd>
        <dt>Nearest card</dt>
        <dd>{stats.nearest ? stats.nearest.label : '–'}</dd>
      </dl>
      {stats.consensus ? <p className="ok-note">Consensus: everyone who gave points agrees.</p> : null}
      <div className="actions">
        <button type="button" onClick={onRevote} aria-keyshortcuts="V">
          Re-vote
        </button>
        {stats.nearest ? (
          <button type="button" className="primary" onClick={() => onAccept(stats.nearest?.value ?? 0)}>
            Accept {stats.nearest.label}
          </button>
        ) : null}
        <label className="inline-select">
          Other value{' '}
          <select value={other} onChange={(e) => setOther(e.target.value)}>
            {cards.map((c) => (
              <option key={c.label} value={String(c.value)}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onAccept(Number(other))}>
          Accept {cards.find((c) => String(c.value) === other)?.label ?? other} instead
        </button>
      </div>
    </div>
  );
}
