/** @jsxImportSource preact */
import { useEffect, useState } from 'preact/hooks';
import type { ParticipantSession } from '../session';
import { CodeForm, NamePicker } from './JoinScreen';
import { RoomScreen } from './RoomScreen';

/** The participant page: the join steps, then the room. */
export function App({ session, storage }: { session: ParticipantSession; storage: Storage }) {
  const [state, setState] = useState(session.getState);
  useEffect(() => {
    setState(session.getState());
    return session.subscribe(() => setState(session.getState()));
  }, [session]);

  const { stage } = state;
  if (stage.kind === 'room') {
    return (
      <RoomScreen
        joined={stage.joined}
        view={stage.view}
        status={stage.status}
        failures={stage.failures}
        notice={state.notice}
        leave={session.leave}
        leaveRoom={session.leaveRoom}
        useHere={session.useHere}
        send={session.send}
        storage={storage}
      />
    );
  }
  if (stage.kind === 'lobby') return <NamePicker session={session} state={state} />;
  return <CodeForm session={session} state={state} />;
}
