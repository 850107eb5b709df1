/** @jsxImportSource preact */
import { useEffect, useState } from 'preact/hooks';
import type { StandupFocus, StandupTurnView } from '../../../src/domain/room/protocol';
import type { Drafts } from '../stored';
import { DraftForm } from './DraftForm';
import { VIEW_HEADING } from './use-focus-kept';
import type { Send } from './send';
import { startedBefore } from './started-before';

/** The standup's two texts: each kept on the phone as a draft until the room has it. */
const STANDUP_DRAFTS = [
  { draftKey: 'standup.blocker', label: 'A blocker', button: 'Raise the blocker', type: 'blocker', noun: 'blocker' },
  {
    draftKey: 'standup.topic',
    label: 'A topic for after the standup',
    button: 'Park the topic',
    type: 'park',
    noun: 'topic',
  },
] as const;

/** The standup: anyone raises a blocker or parks a topic for after it. */
export function StandupView({ focus, send, drafts }: { focus: StandupFocus; send: Send; drafts: Drafts }) {
  return (
    <section class="stack" aria-labelledby="standup-title">
      <h2 id="standup-title" {...VIEW_HEADING}>
        Standup
      </h2>
      {focus.running && <SpeakingOrder running={focus.running} />}
      <p class="hint">What you raise here appears on the shared screen.</p>
      <StandupDrafts send={send} drafts={drafts} />
      {focus.raised.length > 0 && (
        <>
          <h3>What you raised</h3>
          <ul class="cards" aria-label="What you raised">
            {focus.raised.map((item, index) => (
              <li key={index}>
                <p class="plain-text card-text">{`${item.kind === 'blocker' ? 'Blocker' : 'Parked'}: ${item.text}`}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** What the phone says of the person's own turn. */
function turnText(turn: StandupTurnView): string {
  switch (turn.status) {
    case 'speaking':
      return 'Your turn now';
    case 'next':
      return 'You are next';
    case 'waiting':
      return `${turn.ahead} more ${turn.ahead === 1 ? 'person speaks' : 'people speak'} before you`;
    case 'spoken':
      return 'You have spoken';
    case 'absent':
      return 'Absent today. Tell the facilitator you are here: they can put you back in the queue.';
  }
}

/**
 * Who has the floor and where the person's own turn stands, sent again by the room at each Next on the shared
 * screen. Read out when it changes, so a person listening to their phone hears their turn come.
 */
function SpeakingOrder({ running }: { running: NonNullable<StandupFocus['running']> }) {
  const { speaker, you } = running;
  // A standup left running since an earlier day: its speaker and turns are not the room's now, so the phone says
  // when it started rather than show yesterday's turn as the person's.
  const since = startedBefore(running, new Date());
  useRenderWhenLeftRunning(running.leftRunningAt);
  if (since) {
    return (
      <section class="notice stack" aria-label="Speaking order" aria-live="polite">
        <p class="plain-text">{`This standup started ${since} and has not been ended on the shared screen.`}</p>
      </section>
    );
  }
  const floor =
    speaker === null
      ? 'Nobody is speaking: the team is going through the cards with no owner.'
      : you?.status === 'speaking'
        ? null
        : `Speaking now: ${speaker}`;
  return (
    <section class="notice stack" aria-label="Speaking order" aria-live="polite">
      {you && <p class="big">{turnText(you)}</p>}
      {floor && <p class="plain-text">{floor}</p>}
    </section>
  );
}

/**
 * Renders again once the standup counts as left running (`leftRunningAt`): no view comes from the room then, and a
 * phone left open (or asleep: the timer runs as it wakes) would go on showing its turn as today's.
 */
function useRenderWhenLeftRunning(leftRunningAt: string): void {
  const [, setRenders] = useState(0);
  useEffect(() => {
    const wait = Date.parse(leftRunningAt) - Date.now();
    if (!(wait > 0)) return undefined;
    const timer = setTimeout(() => setRenders((n) => n + 1), wait);
    return () => clearTimeout(timer);
  }, [leftRunningAt]);
}

/**
 * Once the room has moved on from the standup: a blocker or topic typed and not sent stays on screen, marked as not
 * sent (and in the form at the next standup), until the person discards it. `onDiscarded` takes the focus.
 */
export function UnsentStandup({ send, drafts, onDiscarded }: { send: Send; drafts: Drafts; onDiscarded: () => void }) {
  return <StandupDrafts send={send} drafts={drafts} onDiscarded={onDiscarded} />;
}

/** The standup's two drafts: open forms, or (given `onDiscarded`, the standup over) what was not sent. */
function StandupDrafts({ send, drafts, onDiscarded }: { send: Send; drafts: Drafts; onDiscarded?: () => void }) {
  return (
    <>
      {STANDUP_DRAFTS.map((d) => (
        <DraftForm
          key={d.draftKey}
          draftKey={d.draftKey}
          label={d.label}
          button={d.button}
          drafts={drafts}
          submit={(text, sendId) => send({ type: d.type, text, sendId })}
          closed={
            onDiscarded
              ? {
                  message:
                    'The standup ended before you sent this, so the room does not have it. It is kept here, and in the form at the next standup.',
                  discard: `Discard your unsent ${d.noun}`,
                  onDiscarded,
                }
              : null
          }
        />
      ))}
    </>
  );
}
