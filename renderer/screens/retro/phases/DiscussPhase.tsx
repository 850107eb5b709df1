import { useRef, useState } from 'react';
import { rankedTopics } from '../../../../src/domain/retro/voting';
import { ActionForm } from '../ActionForm';
import { ActionList } from '../ActionList';
import type { PhaseProps } from '../PhaseView';
import { PhaseTimer } from '../PhaseTimer';
import { useRetroOp } from '../use-retro';
import { plural, quote } from '../../../../src/domain/shared/words';
import { leaveAllowed } from '../../../store/leave-guard';
import { useFollowedDraft } from '../../../components/use-followed-draft';
import { useTypedWordsKept } from '../use-typed-words-kept';

/** A topic on screen: its id, and its place, which picks the topic when that one is gone. */
interface ShownTopic {
  id: string | null;
  index: number;
}

/**
 * The topic each retro was on, by retro id, for the page's life: a look back at another phase (the votes, a card)
 * or another screen, and the team comes back to the topic it was on, not to topic 1.
 */
const topicOnScreen = new Map<string, ShownTopic>();

export function DiscussPhase({ retro, team }: PhaseProps) {
  const op = useRetroOp(retro.id);
  const topics = rankedTopics(retro);
  // The topic on screen, by id: a change elsewhere (a card removed or grouped, a vote, a sync) may rank it
  // anew, and it stays on screen. Only when it is gone does its last place pick the topic (the last one when
  // the list is shorter than that).
  const [shown, setShownHere] = useState<ShownTopic>(() => topicOnScreen.get(retro.id) ?? { id: null, index: 0 });
  const setShown = (next: ShownTopic) => {
    topicOnScreen.set(retro.id, next);
    setShownHere(next);
  };
  const found = topics.findIndex((t) => t.id === shown.id);
  const at = found >= 0 ? found : Math.min(shown.index, topics.length - 1);
  const topic = topics[at];
  // A step takes the topic's action form (and an action's editor) off the screen: one holding typed words asks
  // first, as a phase change does, and the step is made once they are discarded.
  const setIndex = function step(i: number) {
    if (leaveAllowed(() => step(i))) setShown({ id: topics[i]?.id ?? null, index: i });
  };

  if (!topic) return <p className="empty">No cards to discuss. Go back to Write to add some.</p>;
  const topicActions = retro.actions.filter(
    (a) => a.sourceId === topic.id || topic.cards.some((c) => c.id === a.sourceId),
  );

  return (
    <div className="discuss">
      <nav aria-label="Topics" className="discuss__topics">
        <ol>
          {topics.map((t, i) => (
            <li key={t.id}>
              {/* The whole title is its name (and tooltip); only what shows is cut, by the stylesheet's ellipsis. */}
              <button
                type="button"
                title={t.title}
                aria-current={t.id === topic.id ? 'true' : undefined}
                onClick={() => setIndex(i)}
              >
                {/* The count with its unit for a screen reader, as in the Vote phase's ranking: "3 votes", not "3". */}
                <span className="ranked__votes" role="img" aria-label={plural(t.votes, 'vote')}>
                  {t.votes}
                </span>{' '}
                <span className="discuss__topic-title">{t.title}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="discuss__current panel">
        <h4 className="discuss__title">
          Topic {at + 1} of {topics.length}: {topic.title}{' '}
          <span className="muted">({plural(topic.votes, 'vote')})</span>
        </h4>
        {topic.kind === 'group' ? (
          <ul>
            {topic.cards.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ul>
        ) : null}
        <PhaseTimer
          key={`timer-${topic.id}`}
          retro={retro}
          timerKey={`topic:${topic.id}`}
          label="Topic"
          defaultMinutes={5}
        />
        <TopicNotes
          key={`notes-${topic.id}`}
          title={topic.title}
          saved={retro.notes.find((n) => n.targetId === topic.id)?.notes ?? ''}
          onSave={(notes) => op('setRetroTopicNotes', { targetId: topic.id, notes })}
        />
        {/* aria-disabled, not disabled, at either end: a disabled button would drop the focus to the page. */}
        <div className="actions">
          <button
            type="button"
            aria-disabled={at === 0 || undefined}
            onClick={() => {
              if (at > 0) setIndex(at - 1);
            }}
          >
            Previous topic
          </button>
          <button
            type="button"
            aria-disabled={at >= topics.length - 1 || undefined}
            onClick={() => {
              if (at < topics.length - 1) setIndex(at + 1);
            }}
          >
            Next topic
          </button>
        </div>
        <h5>Actions from this topic</h5>
        <ActionList actions={topicActions} members={team.members} topics={topics} op={op} />
        <ActionForm
          key={`action-${topic.id}`}
          idPrefix="topic-action"
          members={team.members}
          op={op}
          sourceId={topic.id}
        />
      </div>
    </div>
  );
}

/**
 * The notes on the topic on screen. Moving on (another topic, the next phase, the list) takes the focus out of
 * the box first, so notes left unsaved are saved then, and the move waits for them: what was typed is never lost
 * to a click elsewhere. Notes refused (too long) stay in the box with the reason; a move asked for again then asks
 * before dropping them, as any form holding typed words does. Not typed
 * into, or saved since, the box shows the notes as they are stored now (another window, a sync may change them),
 * and leaving it saves nothing: it never writes older notes back over them.
 */
function TopicNotes({
  title,
  saved,
  onSave,
}: {
  title: string;
  saved: string;
  onSave: (notes: string) => Promise<unknown | null>;
}) {
  const { value, draft, setDraft, settle } = useFollowedDraft(saved);
  /** The text on its way: leaving the box and then pressing Save notes saves it once. */
  const sending = useRef<string | null>(null);
  // The same, for the question: notes on their way are not "changes to discard" (the move waits for them instead).
  const [sent, setSent] = useState<string | null>(null);
  // The blur that saves comes before the click on Next topic (or a phase): the step waits for the answer, so
  // notes refused (too long) stay here, on their topic, with the reason. Without the question, a second click
  // found nothing on its way and stepped on, dropping them.
  const { untilSaved, question } = useTypedWordsKept(
    draft !== null && draft !== saved && draft !== sent,
    `the notes on ${quote(title)}`,
    () => setDraft(null),
  );
  const save = () => {
    if (draft === null || draft === sending.current) return;
    if (draft === saved) return settle(draft);
    sending.current = draft;
    setSent(draft);
    void untilSaved(onSave(draft)).then((done) => {
      sending.current = null;
      setSent(null);
      // Refused, the text stays in the box to be saved again.
      if (done) settle(draft);
    });
  };
  return (
    <div className="field">
      <label htmlFor="topic-notes">Notes on this topic</label>
      <textarea id="topic-notes" rows={4} value={value} onChange={(e) => setDraft(e.target.value)} onBlur={save} />
      {/* aria-disabled, not disabled, once saved: a disabled button would drop the focus to the page. */}
      <div className="actions">
        <button type="button" aria-disabled={value === saved || undefined} onClick={save}>
          Save notes
        </button>
      </div>
      {question}
    </div>
  );
}
