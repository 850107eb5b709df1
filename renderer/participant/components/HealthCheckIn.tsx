/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { HealthScores } from '../../../src/domain/retro/schema';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import { plural } from '../../../src/domain/shared/words';
import { ErrorText } from './ErrorText';
import { Unsent } from './Unsent';
import type { Send } from './send';
import { useAction } from './use-action';

type CheckIn = NonNullable<RetroFocus['checkIn']>;

const UNSCORED: HealthScores = { onCallLoad: null, alertNoise: null, toil: null, deployConfidence: null };
const SCALE = [1, 2, 3, 4, 5];

interface Props {
  retroId: string;
  /** Null once the check-in is over: scores picked and not sent are then shown as not counted. */
  checkIn: CheckIn | null;
  send: Send;
  /** The unsent scores were discarded and took the focus with them. */
  onDiscarded: () => void;
}

/** The check-in's health scores from this phone: the room keeps only the medians. */
export function HealthCheckIn({ retroId, checkIn, send, onDiscarded }: Props) {
  const [scores, setScores] = useState<HealthScores>(() => checkIn?.mine ?? UNSCORED);
  const [sent, setSent] = useState(checkIn?.mine != null);
  const { busy, error, run } = useAction();
  /** The check-in as last shown, to name the scores (and say what the room kept) once it has ended. */
  const [last, setLast] = useState(checkIn);
  if (checkIn && checkIn !== last) {
    setLast(checkIn);
    // The check-in opens while this phone is in the retro: it starts from the answer the room has, as on a reload.
    if (last === null) {
      setScores(checkIn.mine ?? UNSCORED);
      setSent(checkIn.mine !== null);
    }
  }

  if (!checkIn) {
    const picked = (last?.dimensions ?? []).filter((d) => scores[d.key] !== null);
    // A send on its way may still be counted: its answer settles it.
    if (sent || busy || picked.length === 0) return null;
    return (
      <Unsent
        label="Your health scores: not sent"
        message={
          last?.mine
            ? 'The check-in ended before you sent this change, so the room counts the scores you sent before.'
            : 'The check-in ended before you sent your scores, so they are not counted.'
        }
        text={picked.map((d) => `${d.label}: ${scores[d.key]}`).join('\n')}
        error={error}
        discard="Discard your unsent health scores"
        onDiscard={() => {
          setScores(UNSCORED);
          onDiscarded();
        }}
      />
    );
  }

  const submit = async () => {
    if (busy) return;
    setSent(await run(send({ type: 'health', retroId, scores })));
  };

  return (
    <form
      class="stack"
      aria-labelledby="health-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="health-title">Team health check</h3>
      <p class="hint">1 = painful, 5 = great. Nobody sees your own scores: the team sees only the medians.</p>
      {checkIn.dimensions.map((dimension) => (
        <fieldset key={dimension.key} class="scale">
          <legend>{`${dimension.label} score`}</legend>
          <div class="row">
            {[null, ...SCALE].map((value) => (
              <label key={value ?? 'none'} class="choice">
                <input
                  type="radio"
                  name={`health-${dimension.key}`}
                  checked={scores[dimension.key] === value}
                  onChange={() => {
                    setScores({ ...scores, [dimension.key]: value });
                    setSent(false);
                  }}
                />
                {value === null ? 'Not scored' : String(value)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <ErrorText message={error} />
      <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
        {checkIn.mine ? 'Update my scores' : 'Send my scores'}
      </button>
      <p role="status">{sent ? 'Your scores are in.' : ''}</p>
      <p>{`${plural(checkIn.answers, 'answer')} in the room`}</p>
    </form>
  );
}
