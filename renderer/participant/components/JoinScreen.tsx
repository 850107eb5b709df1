/** @jsxImportSource preact */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lobby } from '../../../src/domain/room/protocol';
import type { ParticipantSession, SessionState } from '../session';
import { ErrorText } from './ErrorText';
import { useFocusOnMount } from './use-focus-on-mount';

/** Typing the room code shown on the shared screen. */
export function CodeForm({ session, state }: { session: ParticipantSession; state: SessionState }) {
  const [code, setCode] = useState('');
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main>
      <h1 ref={heading} tabIndex={-1}>
        Join the room
      </h1>
      <JoinNotice notice={state.notice} />
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          session.submitCode(code);
        }}
      >
        <label for={inputId}>Room code</label>
        <p id={hintId} class="hint">
          The six characters on the shared screen, under the QR code.
        </p>
        <input
          id={inputId}
          class="code-input"
          value={code}
          onInput={(event) => setCode(event.currentTarget.value)}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? `${hintId} ${errorId}` : hintId}
        />
        <ErrorText id={errorId} message={state.error} />
        <button type="submit" class="primary" aria-disabled={state.busy ? 'true' : undefined}>
          {state.busy ? 'Looking for the room…' : 'Find the room'}
        </button>
      </form>
    </main>
  );
}

/** Why the person is at a join step again (removed, the room closed, they left). */
function JoinNotice({ notice }: { notice: string | null }) {
  return notice ? (
    <p class="notice" role="status">
      {notice}
    </p>
  ) : null;
}

/** Picking one's own name from the team's members who have not joined yet. */
export function NamePicker({ session, state }: { session: ParticipantSession; state: SessionState }) {
  if (state.stage.kind !== 'lobby') return null;
  return <Names session={session} state={state} lobby={state.stage.lobby} />;
}

function Names({ session, state, lobby }: { session: ParticipantSession; state: SessionState; lobby: Lobby }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  // A fresh list from the room may take away the name just tapped, and the focus with it: the heading takes it.
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  }, [lobby, heading]);
  return (
    <main class="stack">
      <h1 ref={heading} tabIndex={-1}>
        Join {lobby.teamName}
      </h1>
      <JoinNotice notice={state.notice} />
      {lobby.locked ? (
        <p>The room is locked: nobody new can join. Ask the facilitator to unlock it.</p>
      ) : lobby.members.length === 0 ? (
        <p>
          Everyone on the team has joined already.{' '}
          {lobby.guestsAllowed
            ? 'Not on the team? Join as a guest below.'
            : 'If your name is missing, ask the facilitator to free it.'}
        </p>
      ) : (
        <>
          <h2>Who are you?</h2>
          <ul class="names">
            {lobby.members.map((member) => (
              <li key={member.id}>
                <button
                  type="button"
                  class="primary"
                  aria-disabled={state.busy ? 'true' : undefined}
                  onClick={() => void session.pick(member.id)}
                >
                  I am {member.name}
                </button>
              </li>
            ))}
          </ul>
          {/* Someone whose phone forgot its place (another browser, cleared data) looks here for their name. */}
          <p class="hint">
            Your name is not in the list? You may be in the room already on another device or browser: ask the
            facilitator to free your name.
          </p>
        </>
      )}
      {lobby.guestsAllowed && !lobby.locked ? <GuestForm session={session} state={state} /> : null}
      {state.guestNameError ? null : <ErrorText message={state.error} />}
      {/* Once the facilitator has freed a name or unlocked the room: the list shown is the room's as it was. */}
      <button
        type="button"
        class="secondary"
        aria-disabled={state.busy ? 'true' : undefined}
        onClick={() => void session.lookAgain()}
      >
        Look for my name again
      </button>
      <button type="button" class="secondary" onClick={session.restart}>
        Use another room code
      </button>
    </main>
  );
}

/** Not on the team: joining by name, when the facilitator lets guests in. */
function GuestForm({ session, state }: { session: ParticipantSession; state: SessionState }) {
  // The phone may have gone back to the code step since the name was typed (the code changed): it is kept.
  const [name, setName] = useState(session.guestName);
  const inputId = useId();
  const errorId = useId();
  const error = state.guestNameError ? state.error : null;
  const input = useRef<HTMLInputElement>(null);
  // A refused name: the focus goes to (or stays in) the field, to mend it.
  useLayoutEffect(() => {
    if (error) input.current?.focus();
  }, [error]);
  return (
    <form
      class="stack"
      aria-labelledby={`${inputId}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void session.joinAsGuest(name);
      }}
    >
      <h2 id={`${inputId}-heading`}>Not on the team?</h2>
      <label for={inputId}>Your name</label>
      <input
        ref={input}
        id={inputId}
        value={name}
        maxLength={80}
        autocomplete="name"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => {
          setName(event.currentTarget.value);
          session.keepGuestName(event.currentTarget.value);
        }}
      />
      <ErrorText id={errorId} message={error} />
      <button type="submit" class="primary" aria-disabled={state.busy ? 'true' : undefined}>
        Join as a guest
      </button>
    </form>
  );
}
