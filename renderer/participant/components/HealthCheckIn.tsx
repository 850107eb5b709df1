/** @jsxImportSource preact */
import { useId, useLayoutEffect, useState } from 'preact/hooks';
import { MIN_HEALTH_SCORES } from '../../../src/domain/retro/health-privacy';
import type { HealthScores } from '../../../src/domain/retro/schema';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import { plural } from '../../../src/domain/shared/words';
import { retroDrafts, type Drafts } from '../stored';
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
  /** Where scores picked and not sent are kept, so they outlive the retro leaving the phone or a reload. */
  drafts: Drafts;
  /** The unsent scores were discarded and took the focus with them. */
  onDiscarded: () => void;
}

/** Scores picked and not sent, kept with the check-in's names for them and whether the room had an answer. */
interface Kept {
  dimensions: CheckIn['dimensions'];
  scores: HealthScores;
  answered: boolean;
}

function readKept(text: string): Kept | null {
  if (text === '') return null;
  try {
    const kept = JSON.parse(text) as Partial<Kept> | null;
    if (Array.isArray(kept?.dimensions) && typeof kept.scores === 'object' && typeof kept.answered === 'boolean') {
      return kept as Kept;
    }
  } catch {
    // Not written by this page: nothing kept.
  }
  return null;
}

/** The check-in's health scores from this phone: the room keeps only the medians. */
export function HealthCheckIn({ retroId, checkIn, send, drafts, onDiscarded }: Props) {
  const draftKey = retroDrafts.health(retroId);
  const [kept] = useState(() => readKept(drafts.read(draftKey)));
  const [scores, setScores] = useState<HealthScores>(() => kept?.scores ?? checkIn?.mine ?? UNSCORED);
  const [sent, setSent] = useState(kept === null && checkIn?.mine != null);
  const { busy, error, run } = useAction();
  /** Send was pressed with every line on Not scored: nothing went, and the words beside the button say why. */
  const [nothingPicked, setNothingPicked] = useState(false);
  const errorId = useId();
  /** The check-in as last shown, to name the scores (and say what the room kept) once it has ended. */
  const [last, setLast] = useState(checkIn);
  const named = last ? { dimensions: last.dimensions, answered: last.mine !== null } : kept;
  if (checkIn && checkIn !== last) {
    setLast(checkIn);
    // The check-in opens while this phone is in the retro: it starts from the scores kept, or the answer the room
    // has, as on a reload.
    if (last === null) {
      const unsent = readKept(drafts.read(draftKey));
      setScores(unsent?.scores ?? checkIn.mine ?? UNSCORED);
      setSent(unsent === null && checkIn.mine !== null);
    }
  }
  // Another tab of this page on the phone picked scores (shown here too), or sent or discarded them (the kept copy
  // went): this one is in step, so it does not offer again as unsent what the room has.
  useLayoutEffect(
    () =>
      drafts.watch(draftKey, (text) => {
        const unsent = readKept(text);
        if (unsent) setScores(unsent.scores);
        setSent(unsent === null);
      }),
    [drafts, draftKey],
  );
  const pick = (picked: HealthScores) => {
    setScores(picked);
    setSent(false);
    setNothingPicked(false);
    if (checkIn) {
      const keep: Kept = { dimensions: checkIn.dimensions, scores: picked, answered: checkIn.mine !== null };
      drafts.save(draftKey, JSON.stringify(keep));
    }
  };

  if (!checkIn) {
    const picked = (named?.dimensions ?? []).filter((d) => scores[d.key] !== null);
    // A send on its way may still be counted: its answer settles it.
    if (sent || busy || picked.length === 0) return null;
    return (
      <Unsent
        label="Your health scores: not sent"
        message={
          named?.answered
            ? 'The check-in ended before you sent this change, so the room counts the scores you sent before.'
            : 'The check-in ended before you sent your scores, so they are not counted.'
        }
        text={picked.map((d) => `${d.label}: ${scores[d.key]}`).join('\n')}
        error={error}
        discard="Discard your unsent health scores"
        onDiscard={() => {
          setScores(UNSCORED);
          drafts.save(draftKey, '');
          onDiscarded();
        }}
      />
    );
  }

  const submit = async () => {
    if (busy) return;
    // The room would refuse it too: an answer with nothing in it is no answer.
    if (checkIn.dimensions.every((d) => scores[d.key] === null)) return setNothingPicked(true);
    const sending = drafts.read(draftKey);
    if (!(await run(send({ type: 'health', retroId, scores })))) return setSent(false);
    // The room has them (the form may be gone by now): no longer kept, unless others were picked meanwhile.
    if (drafts.read(draftKey) !== sending) return;
    drafts.save(draftKey, '');
    setSent(true);
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
      <p class="hint">
        {`1 = painful, 5 = great. Nobody sees your own scores: the team sees only the medians, and only where at least ${MIN_HEALTH_SCORES} people scored.`}
      </p>
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
                  onChange={() => pick({ ...scores, [dimension.key]: value })}
                />
                {value === null ? 'Not scored' : String(value)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <ErrorText
        id={errorId}
        message={
          nothingPicked
            ? `Pick a score from 1 to 5 for at least one of these first.${checkIn.mine ? ' Until then the room keeps the scores you sent before.' : ''}`
            : error
        }
      />
      <button
        type="submit"
        class="primary"
        aria-disabled={busy ? 'true' : undefined}
        aria-describedby={nothingPicked || error ? errorId : undefined}
      >
        {checkIn.mine ? 'Update my scores' : 'Send my scores'}
      </button>
      <p role="status">{sent ? 'Your scores are in.' : ''}</p>
      <p>{`${plural(checkIn.answers, 'answer')} in the room`}</p>
    </form>
  );
}
