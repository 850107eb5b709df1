/** @jsxImportSource preact */
import { render } from 'preact';
import { App } from './components/App';
import type { ParticipantEnv } from './env';
import { ParticipantSession } from './session';

/** Starts the page in `root` with the given browser seams; returns how to take it down (tests). */
export function mountParticipant(
  root: HTMLElement,
  env: ParticipantEnv,
): { session: ParticipantSession; unmount(): void } {
  const session = new ParticipantSession(env);
  render(<App session={session} storage={env.storage} />, root);
  session.start();
  return {
    session,
    unmount: () => {
      session.stop();
      render(null, root);
    },
  };
}
