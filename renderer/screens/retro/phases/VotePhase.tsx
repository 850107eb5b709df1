import { memo, useCallback, useMemo, useState } from 'react';
import type { RetroVote } from '../../../../src/domain/retro/schema';
import { rankedTopics, topicsOf, votesUsedBy, type Topic } from '../../../../src/domain/retro/voting';
import { useJoinedMembers } from '../../../components/room/joined';
import { focusSoon } from '../../../components/focus-soon';
import { WindowList } from '../../../components/WindowList';
import { useAppStore } from '../../../store';
import type { PhaseProps } from '../PhaseView';
import { useRetroOp } from '../use-retro';
import { VoteSettings } from './VoteSettings';
import { plural } from '../../../../src/domain/shared/words';
import { useFocusHandedOn } from '../use-focus-handed-on';

/** One voter's dots per topic id. */
function dotsOf(votes: readonly RetroVote[], voterId: string): Map<string, number> {
  const mine = new Map<string, number>();
  for (const v of votes) if (v.voterId === voterId) mine.set(v.targetId, v.count);
  return mine;
}

/** What one topic's row shows. Memoized: a vote re-renders the row it changed, not the others. */
const VoteRow = memo(function VoteRow(props: {
  topic: Topic;
  columnTitle: string;
  voterName: string;
  mine: number;
  onVote: (targetId: string, delta: 1 | -1) => void;
}) {
  const { topic: t, mine } = props;
  return (
    <>
      <span className="vote-row__title">
        {t.kind === 'group' ? <strong>{t.title}</strong> : t.title}
        <span className="muted"> · {props.columnTitle}</span>
      </span>
      {/* An image of dots, named in words: a plain span's aria-label is not read out. */}
      <span className="vote-row__dots" role="img" aria-label={`${props.voterName} gave ${plural(mine, 'vote')}`}>
        {'●'.repeat(mine) || '–'}
      </span>
      {/* aria-disabled, not disabled, once no dot is left: a disabled button would drop the focus to the page. */}
      <button
        type="button"
        aria-disabled={mine === 0 || undefined}
        onClick={() => {
          if (mine > 0) props.onVote(t.id, -1);
        }}
      >
        <span aria-hidden="true">− Remove</span>
        <span className="sr-only">Remove vote from {t.title}</span>
      </button>
      <button type="button" className="primary" onClick={() => props.onVote(t.id, 1)}>
        <span aria-hidden="true">+ Add</span>
        <span className="sr-only">Add vote to {t.title}</span>
      </button>
    </>
  );
});

const topicKey = (t: Topic) => t.id;

/** Whether a control is in the list of topics to vote on, for the hand-off when the voter joins on their phone. */
const inVoteList = (focused: Element): true | null => (focused.closest('.vote-list') ? true : null);

const ON_PHONE = 'voting-on-phone';
const onPhoneWords = () => document.getElementById(ON_PHONE);

const RANKED = 'Topics by votes';
/**
 * Ending or reopening the vote swaps the view, and the button pressed with it: the focus goes to the ranking, or
 * back to whom votes are entered for (End voting when there is no one to pick), not to the page.
 */
// The page is brought to the ranking's top first: the focus must not scroll a long list to its middle.
const focusRanking = () =>
  focusSoon(() => document.querySelector(`[aria-label="${RANKED}"]`), undefined, document.activeElement, {
    preventScroll: true,
  });
const focusVoting = () => focusSoon(() => document.getElementById('voter') ?? document.getElementById('end-voting'));

/**
 * What one voter has left. The team may lower its budget during the vote, under what someone has placed: they are
 * told how many to take back, not shown a negative number left.
 */
function budgetLine(name: string, used: number, budget: number): string {
  const over = used - budget;
  if (over > 0)
    return `${name} has ${plural(over, 'vote')} too many for the limit of ${budget}: remove ${over === 1 ? 'it' : 'them'}`;
  return `${name} has ${budget - used} of ${plural(budget, 'vote')} left`;
}

function RankedTopic({ topic: t }: { topic: Topic & { votes: number } }) {
  return (
    <>
      <span className="ranked__votes" role="img" aria-label={plural(t.votes, 'vote')}>
        {t.votes}
      </span>
      <span>
        {t.kind === 'group' ? <strong>{t.title}</strong> : t.title}
        {t.kind === 'group' ? <span className="muted"> ({plural(t.cards.length, 'card')})</span> : null}
      </span>
    </>
  );
}

/** Said in place of the list on a board with no cards: an empty list says nothing on a projector. */
export const NoCards = () => <p className="empty">No cards yet. Go back to Write to add some.</p>;

export function VotePhase({ retro, team }: PhaseProps) {
  const op = useRetroOp(retro.id);
  const castRetroVote = useAppStore((s) => s.castRetroVote);
  const reportError = useAppStore((s) => s.reportError);
  const budget = team.settings.retroVotesPerPerson;
  const cap = team.settings.retroMaxVotesPerCard;
  const [picked, setVoterId] = useState(team.members[0]?.id ?? '');
  // The member picked may have left the team since (removed in another window, a sync): the first one takes over,
  // so the list and the dots entered are for someone the screen names.
  const voter = team.members.find((m) => m.id === picked) ?? team.members[0];
  const voterId = voter?.id ?? '';
  const onPhone = useJoinedMembers(team.id);
  const used = voter ? votesUsedBy(retro.votes, voter.id) : 0;
  const voterOnPhone = voter !== undefined && onPhone.has(voter.id);
  // The voter joining on their phone takes their vote rows off the screen: a row that had the focus hands it to
  // the words that say why.
  const keepFocus = useFocusHandedOn(voterOnPhone, inVoteList, onPhoneWords);
  // Topics depend on cards and groups only: a vote leaves them (and so every unchanged row) as they were.
  const topics = useMemo(() => topicsOf(retro), [retro.cards, retro.groups]); // eslint-disable-line react-hooks/exhaustive-deps
  const columnTitles = useMemo(() => new Map(retro.columns.map((c) => [c.id, c.title])), [retro.columns]);
  const mine = useMemo(() => dotsOf(retro.votes, voterId), [retro.votes, voterId]);
  const retroId = retro.id;
  const onVote = useCallback(
    (targetId: string, delta: 1 | -1) => {
      castRetroVote(retroId, voterId, targetId, delta).catch(reportError);
    },
    [castRetroVote, reportError, retroId, voterId],
  );

  if (retro.votingClosed) {
    const ranked = rankedTopics(retro);
    return (
      <div>
        <div className="write-toolbar">
          <button
            type="button"
            onClick={() =>
              void op('closeRetroVoting', { closed: false }).then((reopened) => {
                if (reopened) focusVoting();
              })
            }
          >
            Reopen voting
          </button>
          <span className="muted">Voting has ended: topics sorted by votes.</span>
        </div>
        {ranked.length === 0 ? (
          <NoCards />
        ) : (
          <WindowList
            items={ranked}
            getKey={topicKey}
            renderRow={(t) => <RankedTopic topic={t} />}
            label={RANKED}
            ordered
            className="ranked"
            rowClassName="ranked__item"
            estimate={56}
          />
        )}
      </div>
    );
  }

  return (
    <div className="vote" onFocus={keepFocus}>
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
                  {m.name} ({votesUsedBy(retro.votes, m.id)}/{budget}){onPhone.has(m.id) ? ', on their phone' : ''}
                </option>
              ))}
            </select>
            <span className="vote__budget" aria-live="polite">
              {budgetLine(voter?.name ?? '', used, budget)} · at most {cap} per card
            </span>
          </div>
          <p className="muted">Totals stay hidden until voting ends.</p>
          {voter && voterOnPhone ? (
            // The shared screen may not dot for someone in the room on their own device.
            <p className="on-phone" id={ON_PHONE} tabIndex={-1}>
              {voter.name} is voting on their phone.
            </p>
          ) : topics.length === 0 ? (
            <NoCards />
          ) : (
            <WindowList
              items={topics}
              getKey={topicKey}
              renderRow={(t) => (
                <VoteRow
                  topic={t}
                  columnTitle={columnTitles.get(t.columnId) ?? ''}
                  voterName={voter?.name ?? ''}
                  mine={mine.get(t.id) ?? 0}
                  onVote={onVote}
                />
              )}
              label="Topics to vote on"
              className="vote-list"
              rowClassName="vote-row"
              estimate={58}
            />
          )}
        </>
      )}
      <div className="actions">
        <button
          id="end-voting"
          type="button"
          className="primary"
          onClick={() =>
            // The ranking starts where the list started: bring its top into view, not where the vote ended.
            void op('closeRetroVoting', { closed: true }).then((closed) => {
              if (!closed) return;
              window.scrollTo({ top: 0 });
              focusRanking();
            })
          }
        >
          End voting and show results
        </button>
      </div>
    </div>
  );
}
