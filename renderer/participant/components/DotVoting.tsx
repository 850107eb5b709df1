/** @jsxImportSource preact */
import { useRef } from 'preact/hooks';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import { plural } from '../../../src/domain/shared/words';
import { newSendId } from '../stored';
import { ErrorText } from './ErrorText';
import type { Send } from './send';
import { useAction } from './use-action';

type Voting = NonNullable<RetroFocus['voting']>;

const dots = (n: number) => plural(n, 'dot');

/**
 * The person's dots left. The team may lower its budget during the vote, under the dots someone has placed: they are
 * told how many to take back, as the shared screen tells them, not shown a negative number left.
 */
function dotsLeft({ left, budget }: Voting): string {
  if (left >= 0) return `${left} of ${dots(budget)} left`;
  const over = -left;
  return `You have ${dots(over)} too many for the limit of ${budget}: take ${over === 1 ? 'it' : over} back.`;
}

/** Dot voting: the person's own dots until voting closes, then the totals only. */
export function DotVoting({ retroId, voting, send }: { retroId: string; voting: Voting; send: Send }) {
  if (voting.closed) {
    const totals = [...(voting.totals ?? [])].sort((a, b) => b.votes - a.votes);
    return (
      <section class="stack" aria-labelledby="dot-results">
        <h3 id="dot-results">Voting results</h3>
        <ol class="topics" aria-label="Dots per topic">
          {totals.map((topic) => (
            <li key={topic.id}>
              <span>{topic.title}</span> <strong>{dots(topic.votes)}</strong>
            </li>
          ))}
        </ol>
      </section>
    );
  }
  return (
    <section class="stack" aria-labelledby="dot-voting">
      <h3 id="dot-voting">Dot voting</h3>
      <p class="big">{dotsLeft(voting)}</p>
      <p class="hint">{`At most ${dots(voting.cap)} on one topic. Only you see your dots until voting ends.`}</p>
      <ul class="topics" aria-label="Topics">
        {voting.topics.map((topic) => (
          <TopicRow key={topic.id} retroId={retroId} topic={topic} voting={voting} send={send} />
        ))}
      </ul>
    </section>
  );
}

function TopicRow({
  retroId,
  topic,
  voting,
  send,
}: {
  retroId: string;
  topic: Voting['topics'][number];
  voting: Voting;
  send: Send;
}) {
  const { busy, error, run } = useAction();
  /**
   * The send id of the dot the room has not confirmed: tapped again from the same count (the connection dropped
   * before the ack, and the room's view does not show the dot yet), it goes as the same dot, which the room places
   * once. A count the room shows changed, or an ack, makes the next tap a dot of its own.
   */
  const unconfirmedRef = useRef<{ from: string; sendId: string } | null>(null);
  const canAdd = !busy && voting.left > 0 && topic.mine < voting.cap;
  const canTake = !busy && topic.mine > 0;
  const dot = async (delta: 1 | -1) => {
    const from = `${delta} ${topic.mine}`;
    if (unconfirmedRef.current?.from !== from) unconfirmedRef.current = { from, sendId: newSendId() };
    const sent = unconfirmedRef.current;
    if (await run(send({ type: 'dot', retroId, targetId: topic.id, delta, sendId: sent.sendId }))) {
      if (unconfirmedRef.current === sent) unconfirmedRef.current = null;
    }
  };
  return (
    <li class="topic">
      <span class="topic-title">{topic.title}</span>
      <span>{`Your dots: ${topic.mine}`}</span>
      <span class="row">
        <button
          type="button"
          class="secondary dot"
          aria-label={`Take a dot from ${topic.title}`}
          aria-disabled={canTake ? undefined : 'true'}
          onClick={() => canTake && void dot(-1)}
        >
          −
        </button>
        <button
          type="button"
          class="primary dot"
          aria-label={`Add a dot to ${topic.title}`}
          aria-disabled={canAdd ? undefined : 'true'}
          onClick={() => canAdd && void dot(1)}
        >
          +
        </button>
      </span>
      <ErrorText message={error} />
    </li>
  );
}
