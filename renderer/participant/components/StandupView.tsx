/** @jsxImportSource preact */
import type { StandupFocus } from '../../../src/domain/room/protocol';
import { DraftForm } from './DraftForm';
import type { Send } from './send';

/** The standup: anyone raises a blocker or parks a topic for after it. */
export function StandupView({ focus, send, storage }: { focus: StandupFocus; send: Send; storage: Storage }) {
  return (
    <section class="stack" aria-labelledby="standup-title">
      <h2 id="standup-title">Standup</h2>
      <p class="hint">What you raise here appears on the shared screen.</p>
      <DraftForm
        draftKey="standup.blocker"
        label="A blocker"
        button="Raise the blocker"
        storage={storage}
        submit={(text) => send({ type: 'blocker', text })}
      />
      <DraftForm
        draftKey="standup.topic"
        label="A topic for after the standup"
        button="Park the topic"
        storage={storage}
        submit={(text) => send({ type: 'park', text })}
      />
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
