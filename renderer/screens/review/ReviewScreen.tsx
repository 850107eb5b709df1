import { useEffect, useMemo, useRef, useState } from 'react';
import type { Sprint } from '../../../src/domain/planning/schema';
import { isModalOpen, isTypingTarget } from '../../app/keyboard';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusSoon } from '../../components/focus-soon';
import { Field } from '../../components/Field';
import { Markdown } from '../../components/Markdown';
import { NeedsTeam } from '../../components/NeedsTeam';
import { useAppStore } from '../../store';
import { leaveAllowed } from '../../store/leave-guard';
import '../../styles/review.css';
import { AgendaPanel } from './AgendaPanel';
import { FeedbackPanel } from './FeedbackPanel';
import { OutcomesPanel } from './OutcomesPanel';
import { PresenterMode, type PresenterSession } from './PresenterMode';
import { ReportPanel } from './ReportPanel';
import { SlotDetail } from './SlotDetail';
import { formatDayRange, formatUtcTime } from '../../../src/domain/shared/dates';
import { completedItemsWithoutSlot } from '../../../src/domain/review/agenda';
import { neighbourOf } from '../../../src/domain/shared/neighbour';
import { SLOTS_LIMIT_SENTENCE } from '../../../src/domain/review/limits';
import { REVIEW_LIMITS } from '../../../src/domain/review/schema';
import { numberText, plural } from '../../../src/domain/shared/words';
import { onScreen } from '../../components/dates';
import { memberName } from '../../../src/domain/team/member-name';

const STATE_NAMES: Record<Sprint['state'], string> = { planned: 'planned', active: 'active', closed: 'closed' };

/** The sprint to review by default: the active one, else the most recently closed. */
function defaultSprint(sprints: Sprint[]): Sprint | undefined {
  return (
    sprints.find((s) => s.state === 'active') ??
    [...sprints].filter((s) => s.state === 'closed').sort((a, b) => b.endDate.localeCompare(a.endDate))[0] ??
    sprints[0]
  );
}

export default function ReviewScreen() {
  const team = useAppStore((s) => s.team);
  const chosenSprintId = useAppStore((s) => s.reviewSprintId);
  const setSprint = useAppStore((s) => s.setReviewSprint);
  const createReview = useAppStore((s) => s.createReview);
  const deleteReview = useAppStore((s) => s.deleteReview);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const reportError = useAppStore((s) => s.reportError);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The review presenter mode shows: it ends with that review (deleted elsewhere, another team opened).
  const [presentingId, setPresentingId] = useState<string | null>(null);
  // Where presenter mode was left, so entering it again goes on from there (in the same review only).
  const [presented, setPresented] = useState<{ reviewId: string; session: PresenterSession } | null>(null);
  // What the slot shown asks before another is shown (SlotDetail sets it): a title or timebox it cannot save.
  const slotLeave = useRef<(retry: () => void) => boolean>(() => true);
  const selectSlot = (slotId: string) => {
    const show = () => setSelectedId(slotId);
    if (slotLeave.current(show)) show();
  };
  /**
   * Another review or sprint takes every form of the review shown off the screen (the slot's Title and Timebox, the
   * goal outcome, acceptance comments): each with changes asks first, as for a switch of team (the drafts kept per
   * review stay), and the switch runs once all let go.
   */
  const leavingReview = (show: () => void) => {
    const attempt = () => {
      if (leaveAllowed(attempt, 'team')) show();
    };
    attempt();
  };
  const presentButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  const sprints = useMemo(() => team?.sprints ?? [], [team?.sprints]);
  const sprint = sprints.find((s) => s.id === chosenSprintId) ?? defaultSprint(sprints);
  // Data an older version saved may hold more than one review of a sprint (it did not refuse a second):
  // each stays reachable through a choice, none merged or hidden (see the note under the goal).
  const sprintReviews = useMemo(
    () => team?.reviews.filter((r) => r.sprintId === sprint?.id) ?? [],
    [team?.reviews, sprint?.id],
  );
  const [chosenReviewId, setChosenReviewId] = useState<string | null>(null);
  const review = sprintReviews.find((r) => r.id === chosenReviewId) ?? sprintReviews[0];
  const slot = review?.slots.find((s) => s.id === selectedId) ?? review?.slots[0];
  const members = useMemo(() => team?.members ?? [], [team?.members]);
  // A presenter who has left the team is named as every screen and the report name them, not "No presenter".
  const presenterName = (id: string | null) => (id ? memberName(members, id) : '');
  const reportInput = useMemo(
    () =>
      team && sprint && review
        ? { teamName: team.name, sprint, items: team.items, members: team.members, review, settings: team.settings }
        : null,
    [team, sprint, review],
  );
  const canPresent = Boolean(review && review.slots.length > 0);
  const presenting = review !== undefined && presentingId === review.id;
  const reviewId = review?.id ?? null;
  const completed = sprint && !review ? completedItemsWithoutSlot(sprint.id, team?.items ?? [], []).length : 0;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target) || isModalOpen()) return;
      if ((event.key === 'p' || event.key === 'P') && canPresent) {
        event.preventDefault();
        setPresentingId(reviewId);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canPresent, reviewId]);

  if (!team) return <NeedsTeam title="Sprint review" />;

  return (
    <section className="screen review-screen" aria-labelledby="review-title">
      <div className="screen-header">
        <h2 id="review-title">Sprint review</h2>
        <div className="toolbar">
          {sprints.length > 0 ? (
            <Field label="Sprint">
              {(p) => (
                <select
                  {...p}
                  value={sprint?.id ?? ''}
                  onChange={({ target: { value } }) => leavingReview(() => setSprint(value || null))}
                >
                  {sprints.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} ({STATE_NAMES[s.state]}, {formatDayRange(s.startDate, s.endDate, onScreen())})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {sprintReviews.length > 1 ? (
            <Field label="Review">
              {(p) => (
                <select
                  {...p}
                  value={review?.id ?? ''}
                  onChange={({ target: { value } }) =>
                    leavingReview(() => {
                      setChosenReviewId(value);
                      setSelectedId(null);
                    })
                  }
                >
                  {sprintReviews.map((r, i) => (
                    <option key={r.id} value={r.id}>
                      Review {i + 1}, started {formatUtcTime(r.createdAt, onScreen())} (
                      {plural(r.slots.length, 'demo slot')})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {canPresent ? (
            <button
              ref={presentButton}
              type="button"
              className="primary"
              aria-keyshortcuts="P"
              onClick={() => setPresentingId(reviewId)}
            >
              Start presenter mode
            </button>
          ) : null}
          {review ? (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Delete review
            </button>
          ) : null}
        </div>
      </div>
      {!sprint ? (
        <p className="empty">This team has no sprint yet. Plan one first; its review is prepared here.</p>
      ) : (
        <div className="review-goal">
          <strong>Sprint goal:</strong>{' '}
          {/* Markdown, as the sprint form invites and planning and presenter mode show it. */}
          {sprint.goal ? <Markdown text={sprint.goal} /> : <em>No goal was set.</em>}
        </div>
      )}
      {sprintReviews.length > 1 ? (
        <p className="muted" role="note">
          This sprint has {sprintReviews.length} reviews: an older version of Cadence let a sprint have more than one.
          Pick one under “Review” to open it, and delete any you no longer need. Cadence keeps them all until you do.
        </p>
      ) : null}
      {sprint && !review ? (
        <div className="panel">
          <p>
            Start the review of <strong>{sprint.name}</strong>. The agenda is pre-filled with one demo slot per
            completed item.
          </p>
          {completed > REVIEW_LIMITS.slots ? (
            <p className="muted">
              This sprint has {plural(completed, 'completed item')}. {SLOTS_LIMIT_SENTENCE} The first{' '}
              {numberText(REVIEW_LIMITS.slots)} in backlog order get one.
            </p>
          ) : null}
          <button
            ref={startButton}
            type="button"
            className="primary"
            onClick={() =>
              createReview(sprint.id)
                // The new review's first control: presenter mode, or the agenda when it has no slot yet.
                .then(() => focusSoon(() => presentButton.current ?? document.getElementById('agenda-title')))
                .catch(reportError)
            }
          >
            Start review of {sprint.name}
          </button>
        </div>
      ) : null}
      {review && sprint && reportInput ? (
        <>
          <div className="review-layout">
            <AgendaPanel
              review={review}
              items={team.items}
              selectedId={slot?.id ?? null}
              presenterName={presenterName}
              onSelect={selectSlot}
            />
            {slot ? (
              <SlotDetail
                reviewId={review.id}
                slot={slot}
                members={members}
                leaveGuardRef={slotLeave}
                onRemoved={(removedId) => {
                  // The slot after the removed one, else the one before it, as the agenda ran.
                  setSelectedId(neighbourOf(review.slots, removedId)?.id ?? null);
                }}
              />
            ) : null}
          </div>
          <div className="two-columns">
            <OutcomesPanel review={review} />
            <FeedbackPanel review={review} items={team.items} />
          </div>
          <ReportPanel input={reportInput} />
          {confirmDelete ? (
            <ConfirmDialog
              title={`Delete the review of ${sprint.name}?`}
              message="Its agenda, demo blocks, outcomes and feedback are removed. Backlog items made from feedback stay."
              confirmLabel="Delete review"
              onCancel={() => setConfirmDelete(false)}
              onConfirm={() => {
                setConfirmDelete(false);
                deleteReview(review.id)
                  // The start button, or (another review of the sprint left) that review's first control.
                  .then(() =>
                    focusSoon(
                      () => startButton.current ?? presentButton.current ?? document.getElementById('agenda-title'),
                    ),
                  )
                  .catch(reportError);
              }}
            />
          ) : null}
          {presenting ? (
            <PresenterMode
              goal={sprint.goal}
              slots={review.slots}
              presenterName={presenterName}
              startSlotId={slot?.id ?? null}
              resume={presented?.reviewId === review.id ? presented.session : null}
              onExit={(session) => {
                setPresentingId(null);
                setPresented(session ? { reviewId: review.id, session } : null);
                // The agenda shows the slot it was left at, so entering it again (it opens on the selected slot)
                // goes on from there, and an outcome recorded now is that demo's.
                if (session) selectSlot(session.slotId);
                // Back where the facilitator started from, so the keyboard carries on (the agenda, when every
                // slot was removed meanwhile and that button went with them).
                focusSoon(() => presentButton.current ?? document.getElementById('agenda-title'));
              }}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
