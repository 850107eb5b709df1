import { useState } from 'react';
import { rankedTopics, topicsOf, votesOn, votesUsedBy } from '../../../../src/domain/retro/voting';
import type { PhaseProps } from '../PhaseView';
import { useRetroOp } from '../use-retro';
import { VoteSettings } from './VoteSettings';

export function VotePhase({ retro, team }: PhaseProps) {
  const op = useRetroOp(retro.id);
  const budget = team.settings.retroVotesPerPerson;
  const cap = team.settings.retroMaxVotesPerCard;
  const [voterId, setVoterId] = useState(team.members[0]?.id ?? '');
  const voter = team.members.find((m) => m.id === voterId);
  const used = voter ? votesUsedBy(retro.votes, voter.id) : 0;

  if (retro.votingClosed) {
    const ranked = rankedTopics(retro);
    return (
      <div>
        <div className="write-toolbar">
          <button type="button" onClick={() => void op('closeRetroVoting', { closed: false })}>
            Reopen voting
          </button>
          <span className="muted">Voting has ended: topics sorted by votes.</span>
        </div>
        <ol className="ranked">
          {ranked.map((t) => (
            <li key={t.id} className="ranked__item">
              <span className="ranked__votes" aria-label={`${t.votes} votes`}>
                {t.votes}
              </span>
              <span>
                {t.kind === 'group' ? <strong>{t.title}</strong> : t.title}
                {t.kind === 'group' ? <span className="muted"> ({t.cards.length} cards)</span> : null}
              </span>
            </li>
          ))}
        </ol>
      </div>
    );
  }

  return (
    <div className="vote">
      <VoteSettings settings={team.settings} />
      {budget === 0 ? (
        <p className="panel">Voting is off for this team (0 votes per person). End voting to discuss in board order.</p>
      ) : team.members.length === 0 ? (
        <p className="empty">Add team members to enter their votes.</p>
      ) : (
        <>
          <div className="vote__voter">
            <label htmlFor="voter">Entering votes for</label>
            <select id="voter" value={voterId} onChange={(e) => setVoterId(e.target.value)}>
              {team.members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({votesUsedBy(retro.votes, m.id)}/{budget})
                </option>
              ))}
            </select>
            <span className="vote__budget" aria-live="polite">
              {voter?.name} has {budget - used} of {budget} votes left · at most {cap} per card
            </span>
          </div>
          <p className="muted">Totals stay hidden until voting ends.</p>
          <ul className="vote-list">
            {topicsOf(retro).map((t) => {
              const mine = voterId ? votesOn(retro.votes, voterId, t.id) : 0;
              return (
                <li key={t.id} className="vote-row">
                  <span className="vote-row__title">
                    {t.kind === 'group' ? <strong>{t.title}</strong> : t.title}
                    <span className="muted"> · {retro.columns.find((c) => c.id === t.columnId)?.title}</span>
                  </span>
                  <span className="vote-row__dots" aria-label={`${voter?.name ?? ''} gave ${mine}`}>
                    {'●'.repeat(mine) || '–'}
                  </span>
                  <button
                    type="button"
                    disabled={mine === 0}
                    onClick={() => void op('castRetroVotes', { voterId, targetId: t.id, delta: -1 })}
                  >
                    <span aria-hidden="true">− Remove</span>
                    <span className="sr-only">Remove vote from {t.title}</span>
                  </button>
                  <button
                    type="button"
                    className="primary"
                    onClick={() => void op('castRetroVotes', { voterId, targetId: t.id, delta: 1 })}
                  >
                    <span aria-hidden="true">+ Add</span>
                    <span className="sr-only">Add vote to {t.title}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void op('closeRetroVoting', { closed: true })}>
          End voting and show results
        </button>
      </div>
    </div>
  );
}
