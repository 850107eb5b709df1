import { useEffect, useMemo, useRef } from 'react';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import {
  cardName,
  deckFor,
  roundVoterIds,
  scaleOfRound,
  votesThatCount,
  type EstimationRound,
} from '../../../src/domain/planning/estimation';
import { personName, withGuest } from '../../../src/domain/shared/guests';
import { estimateText, formatPoints } from '../../../src/domain/team/scales';
import type { TeamDoc } from '../../../src/domain/workspace';
import { isModalOpen, isTypingTarget } from '../../app/keyboard';
import { useJoinedMembers, useRoomGuests } from '../../components/room/joined';
import { RoomInvite } from '../../components/room/RoomInvite';
import { byId, focusSoon } from '../../components/focus-soon';
import { useSubmitOnce } from '../../components/use-submit-once';
import { useAppStore } from '../../store';
import { PokerResults, RESULTS_HEADING_ID } from './PokerResults';
import { PokerVoting } from './PokerVoting';
import { plural, quote } from '../../../src/domain/shared/words';
import { FORMER_MEMBER } from '../../../src/domain/team/member-name';

interface PokerTabProps {
  team: TeamDoc;
  sprintId: string;
  itemId: string | null;
  onPickItem: (itemId: string | null) => void;
}

const STATE_TEXT: Record<EstimationRound['state'], string> = {
  voting: 'voting',
  revealed: 'revealed',
  accepted: 'accepted',
  superseded: 're-voted',
};

const isOpen = (r: EstimationRound) => r.state === 'voting' || r.state === 'revealed';

const POKER_FOCUS = { kind: 'poker' } as const;
const START_ID = 'poker-start';
const ITEM_PICKER_ID = 'poker-item';
/** Where the focus goes when a round opens (Start, Re-vote): the first voter's first card. */
const focusFirstCard = () => focusSoon(() => document.querySelector('[data-first-card]'));

/**
 * Where the focus goes when the tab opens on an item (a planning card's Estimate, whose button leaves with the Plan
 * tab): Start estimating, or in a round already open the first voter's first card, or its results; else the item
 * picker. The facilitator goes on from the keyboard, not from the top of the page.
 */
export const focusPokerItem = () =>
  focusSoon(
    () =>
      document.getElementById(START_ID) ??
      document.querySelector('[data-first-card]') ??
      document.getElementById(RESULTS_HEADING_ID) ??
      document.getElementById(ITEM_PICKER_ID),
  );

/** Planning poker on the shared screen: pick an item, collect hidden votes, reveal, discuss, accept. */
export function PokerTab({ team, sprintId, itemId, onPickItem }: PokerTabProps) {
  const startEstimation = useAppStore((s) => s.startEstimation);
  const castVote = useAppStore((s) => s.castVote);
  const revealVotes = useAppStore((s) => s.revealVotes);
  const revote = useAppStore((s) => s.revote);
  const acceptEstimate = useAppStore((s) => s.acceptEstimate);
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  const scale = team.settings.pointScale;
  const onPhone = useJoinedMembers(team.id);
  const guestsInRoom = useRoomGuests(team.id);

  // A closed sprint's items keep the sizes its result recorded: an item dropped there is not estimated again.
  const sprintOpen = team.sprints.some((s) => s.id === sprintId && s.state !== 'closed');
  const candidates = useMemo(() => {
    const inSprint = (i: BacklogItem) => sprintOpen && i.sprintId === sprintId;
    const open = team.items.filter((i) => i.status !== 'done' && (i.sprintId === null || inSprint(i)));
    return [...open.filter(inSprint), ...open.filter((i) => i.sprintId === null)];
  }, [team.items, sprintId, sprintOpen]);
  // Items the list above leaves out (Done since, or in another sprint) whose round is still open: they stay
  // pickable until it is revealed and settled, so hidden votes never wait where no one can reveal them.
  const elsewhere = useMemo(() => {
    const listed = new Set(candidates.map((i) => i.id));
    const openRounds = new Set(team.estimationRounds.filter(isOpen).map((r) => r.itemId));
    return team.items.filter((i) => openRounds.has(i.id) && !listed.has(i.id));
  }, [team.items, team.estimationRounds, candidates]);
  // Only an item the picker lists: one done since (with no round open) is no longer offered to estimate.
  const item = [...candidates, ...elsewhere].find((i) => i.id === itemId) ?? null;
  const rounds = team.estimationRounds.filter((r) => r.itemId === itemId).sort((a, b) => a.number - b.number);
  const round = rounds.find(isOpen) ?? null;
  // A round votes on the deck it started with, even if the team has changed its scale since.
  const deckScale = round ? scaleOfRound(round, scale) : scale;
  const nameOf = (r: EstimationRound, id: string) => personName(team.members, r.guests, id) ?? FORMER_MEMBER;
  // Guests vote from their own devices: those in the room now, and those who voted in this round.
  const guests = round ? guestsInRoom.reduce(withGuest, round.guests) : [];
  // "X of N voted" counts the same people on both sides, as the phones do: a member removed since keeps their
  // vote in the round's record, but is no longer one of the N voters, and their vote counts nowhere.
  const voterCount = round ? roundVoterIds(round, team.members, guests).size : 0;
  const votedCount = round ? votesThatCount(round, team.members).counted.length : 0;
  // One round action at a time: a double click (or R, V pressed twice) while the first call is on its way is
  // ignored, not sent again to be refused ("These votes are already revealed.").
  const { once } = useSubmitOnce();
  const act = (work: () => Promise<unknown>) => once(() => work().catch(reportError))();
  const reveal = (roundId: string) => act(() => revealVotes(roundId).then(() => focusSoon(byId(RESULTS_HEADING_ID))));
  const start = (id: string) => act(() => startEstimation(id).then(focusFirstCard));
  // The Re-vote button leaves with the results: the new round's first card takes the focus, as after Start.
  const voteAgain = (roundId: string) => act(() => revote(roundId).then(focusFirstCard));
  /**
   * After Accept the next unestimated item waits, ready to estimate: its Start button has the focus. With
   * none left, the accepted item (and its history) stays and the item picker has the focus.
   */
  const pickNext = (id: string) => {
    const at = candidates.findIndex((i) => i.id === id);
    const next = [...candidates.slice(at + 1), ...candidates.slice(0, at)].find((i) => i.points === null);
    if (next) onPickItem(next.id);
    focusSoon(byId(next ? START_ID : ITEM_PICKER_ID));
  };

  // R and V reach the latest reveal and re-vote (their guard included) without listening anew on each render.
  const keyActions = useRef({ reveal, voteAgain });
  useEffect(() => {
    keyActions.current = { reveal, voteAgain };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target) || isModalOpen()) return;
      if (!round) return;
      if ((event.key === 'r' || event.key === 'R') && round.state === 'voting' && votedCount > 0) {
        event.preventDefault();
        void keyActions.current.reveal(round.id);
      } else if ((event.key === 'v' || event.key === 'V') && round.state === 'revealed') {
        event.preventDefault();
        void keyActions.current.voteAgain(round.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [round, votedCount]);

  return (
    <section className={`panel poker${round ? ' has-round' : ''}`} aria-labelledby="poker-title">
      <h3 id="poker-title">Planning poker</h3>
      <RoomInvite focus={POKER_FOCUS} />
      <div className="inline-form">
        <div className="field">
          <label htmlFor={ITEM_PICKER_ID}>Item to estimate</label>
          <select id={ITEM_PICKER_ID} value={itemId ?? ''} onChange={(e) => onPickItem(e.target.value || null)}>
            <option value="">Pick an item…</option>
            {candidates.map((i) => (
              <option key={i.id} value={i.id}>
                {i.sprintId ? '[sprint] ' : ''}
                {i.title} ({formatPoints(scale, i.points)})
              </option>
            ))}
            {elsewhere.length > 0 ? (
              <optgroup label="Round still open">
                {elsewhere.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.title} ({i.status === 'done' ? 'done' : 'another sprint'})
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        {item && !round ? (
          <button id={START_ID} type="button" className="primary" onClick={() => void start(item.id)}>
            {rounds.length > 0 ? 'Estimate again' : 'Start estimating'}
          </button>
        ) : null}
      </div>
      {team.members.length === 0 ? <p className="empty">Add team members on the Team screen to vote.</p> : null}
      {item && round ? (
        <div className="poker-round">
          <h4>
            {item.title}: round {round.number}
          </h4>
          {round.state === 'voting' ? (
            <>
              <PokerVoting
                round={round}
                members={team.members}
                guests={guests}
                deck={deckFor(deckScale)}
                onPhone={onPhone}
                onVote={(memberId, card) => castVote(round.id, memberId, card).catch(reportError)}
              />
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  aria-keyshortcuts="R"
                  disabled={votedCount === 0}
                  onClick={() => void reveal(round.id)}
                >
                  Reveal votes ({votedCount} of {voterCount} voted)
                </button>
              </div>
            </>
          ) : (
            <PokerResults
              key={round.id}
              round={round}
              members={team.members}
              scale={deckScale}
              onRevote={() => void voteAgain(round.id)}
              onAccept={(points) =>
                void act(() =>
                  acceptEstimate(round.id, points).then(() => {
                    pushToast({
                      kind: 'success',
                      message: `Saved ${estimateText(deckScale, points)} on ${quote(item.title)}.`,
                    });
                    pickNext(item.id);
                  }),
                )
              }
            />
          )}
        </div>
      ) : null}
      {item && rounds.length > 0 ? (
        <section aria-labelledby="poker-history-title" className="poker-history">
          <h4 id="poker-history-title">Estimation history of “{item.title}”</h4>
          <ol>
            {rounds.map((r) => (
              <li key={r.id}>
                Round {r.number}: {STATE_TEXT[r.state]}
                {r.acceptedPoints !== null ? ` ${formatPoints(scaleOfRound(r, scale), r.acceptedPoints)}` : ''}
                {r.state === 'voting'
                  ? ` (${plural(votesThatCount(r, team.members).counted.length, 'hidden vote')})`
                  : ''}
                {r.state !== 'voting' && r.votes.length > 0
                  ? `. Votes: ${r.votes.map((v) => `${nameOf(r, v.memberId)} ${cardName(v.card)}`).join(', ')}`
                  : ''}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}
