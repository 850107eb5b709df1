/** @jsxImportSource preact */
import { useId, useMemo } from 'preact/hooks';
import type { Joined, ParticipantView, TakeBackCounts } from '../../../src/domain/room/protocol';
import { takeBackParts } from '../../../src/domain/room/take-back-words';
import { wordList } from '../../../src/domain/shared/words';
import type { ConnectionStatus, SendResult } from '../connection';
import { teamDrafts } from '../stored';
import { useFocusKept, VIEW_HEADING } from './use-focus-kept';
import { useFocusOnMount } from './use-focus-on-mount';
import { PokerView } from './PokerView';
import { RetroView } from './RetroView';
import { StandupView, UnsentStandup } from './StandupView';
import { ErrorText } from './ErrorText';
import { useAction } from './use-action';
import type { Send } from './send';

interface Props {
  joined: Joined;
  view: ParticipantView | null;
  status: ConnectionStatus;
  failures: number;
  notice: string | null;
  leave: () => void;
  /** Gives up the place, telling the room: the name is free again. */
  leaveRoom: () => Promise<SendResult>;
  /** Takes the room back on this screen after the room let it go for another one. */
  useHere: () => void;
  send: Send;
  storage: Storage;
}

const STATUS_TEXT: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  open: '',
  reconnecting: 'Reconnecting…',
  elsewhere: 'Open on another screen',
};

/** In the room: who you are, the connection, and what the facilitator has on the shared screen. */
/** Failed attempts in a row (about 7 s of trying) before the page offers to join again. */
const OFFER_REJOIN_AFTER = 3;

export function RoomScreen({
  joined,
  view,
  status,
  failures,
  notice,
  leave,
  leaveRoom,
  useHere,
  send,
  storage,
}: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const focusKept = useFocusKept(heading);
  const teamId = view?.teamId;
  const drafts = useMemo(() => (teamId === undefined ? null : teamDrafts(storage, teamId)), [storage, teamId]);
  return (
    <>
      <header class="room-header">
        <p>
          {view ? `${view.teamName} · ` : ''}You are <strong>{view?.you.name ?? joined.name}</strong>
          {view?.you.guest ? ' (guest)' : ''}
        </p>
        <p class="status" role="status">
          {STATUS_TEXT[status]}
        </p>
        <LeaveRoom
          name={view?.you.name ?? joined.name}
          locked={view?.locked ?? false}
          takesBack={view?.takesBack ?? null}
          leaveRoom={leaveRoom}
        />
      </header>
      <main {...focusKept}>
        <h1 ref={heading} tabIndex={-1} class="visually-hidden">
          Cadence room
        </h1>
        {notice && (
          <p class="error" role="alert">
            {notice}
          </p>
        )}
        {status === 'elsewhere' && (
          <div class="notice stack">
            <p>You have the room open on other screens, so this one let go of it. Your place in the room is kept.</p>
            <button type="button" onClick={useHere}>
              Use the room on this screen
            </button>
          </div>
        )}
        {failures >= OFFER_REJOIN_AFTER && (
          <div class="notice stack">
            <p>
              Still trying to reach the room. If it was closed, or the facilitator removed you or opened a new room,
              join again: scan the QR code on the shared screen, or type its code.
            </p>
            <button type="button" class="secondary" onClick={leave}>
              Join again with a code
            </button>
          </div>
        )}
        {!view || !drafts ? (
          <p class="big">Joining the room…</p>
        ) : view.focus.kind === 'poker' ? (
          <PokerView focus={view.focus} send={send} />
        ) : view.focus.kind === 'retro' ? (
          <RetroView focus={view.focus} send={send} drafts={drafts} />
        ) : view.focus.kind === 'standup' ? (
          <StandupView focus={view.focus} send={send} drafts={drafts} />
        ) : (
          <p class="big plain-text" {...VIEW_HEADING}>
            {view.focus.message}
          </p>
        )}
        {view && drafts && view.focus.kind !== 'standup' && (
          <UnsentStandup send={send} drafts={drafts} onDiscarded={() => heading.current?.focus()} />
        )}
      </main>
    </>
  );
}

/** What leaving takes back, counted as the facilitator's Remove counts it for this place. */
function takenBack(counts: TakeBackCounts | null): string {
  if (!counts) return 'What you sent that nobody has seen yet goes with you.';
  const parts = takeBackParts(counts);
  return parts.length === 0
    ? 'Nothing you sent from here is waiting to be shown, so nothing is taken back.'
    : `Leaving takes back what nobody has seen yet: ${wordList(parts)}.`;
}

/**
 * The way out for a person who picked someone else's name: the room frees the name, and they can pick theirs. A locked
 * room lets nobody in, them included, nor the name's owner: said before the tap, as the join page only says it after.
 * Folded into one short line ("Not Bo?") that opens it: unfolded, it took a third of a phone's screen above every
 * ceremony, for the few who need it.
 */
function LeaveRoom({
  name,
  locked,
  takesBack,
  leaveRoom,
}: {
  name: string;
  locked: boolean;
  /** What leaving takes back from this place, as the room counted it; null until the room's first view. */
  takesBack: TakeBackCounts | null;
  leaveRoom: () => Promise<SendResult>;
}) {
  const { busy, error, run } = useAction();
  const hintId = useId();
  return (
    <details class="leave-room">
      <summary>{`Not ${name}?`}</summary>
      <div class="leave-room-body">
        {/* Leaving takes back what the room has not shown yet (a vote, dots, health scores): said before the tap. */}
        <p class="hint" id={hintId}>
          {`Leave the room to free the name, then pick yours. ${takenBack(takesBack)}`}
          {locked
            ? ' The room is locked: once you leave, ask the facilitator to unlock it to let you, or whoever the name belongs to, back in.'
            : ''}
        </p>
        <button
          type="button"
          class="secondary"
          aria-describedby={hintId}
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => !busy && void run(leaveRoom())}
        >
          Leave the room
        </button>
        <ErrorText message={error} />
      </div>
    </details>
  );
}
