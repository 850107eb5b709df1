import { useId, useState, type FormEvent } from 'react';
import type { SyncConflict } from '../../../../src/api/contract/sync';
import type { KeepSide } from '../../../../src/domain/sync/model';
import { plural } from '../../../../src/domain/shared/words';
import { messageOf } from '../../../api/errors';
import { FormError } from '../../../components/FormError';

interface ConflictsPanelProps {
  conflicts: SyncConflict[];
  disabled: boolean;
  /** Sends every decision; a refusal is thrown and shown here, with the choices kept. */
  onApply: (decisions: { key: string; keep: KeepSide }[]) => Promise<void>;
}

/** A choice, with the two values it was made between. */
interface Choice {
  keep: KeepSide;
  mine: string;
  theirs: string;
}

/**
 * The side chosen for a conflict, if the choice was made for the values it shows now: a conflict a later sync
 * reports on the same field with other values is a new question, not the one answered.
 */
function choiceFor(chosen: Readonly<Record<string, Choice>>, c: SyncConflict): KeepSide | undefined {
  const choice = chosen[c.key];
  return choice && choice.mine === c.mine && choice.theirs === c.theirs ? choice.keep : undefined;
}

/** Each field both machines changed differently, with "keep mine / keep theirs"; applied all at once. */
export function ConflictsPanel({ conflicts, disabled, onApply }: ConflictsPanelProps) {
  const id = useId();
  const [chosen, setChosen] = useState<Record<string, Choice>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = (c: SyncConflict, keep: KeepSide) =>
    setChosen((all) => ({ ...all, [c.key]: { keep, mine: c.mine, theirs: c.theirs } }));
  // Choices for conflicts a later sync no longer reports (or reports with other values) are not sent.
  const decided = conflicts.filter((c) => choiceFor(chosen, c) !== undefined).length;
  const ready = decided === conflicts.length;

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onApply(conflicts.map((c) => ({ key: c.key, keep: choiceFor(chosen, c)! })));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sync-conflicts" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Conflicts</h4>
      <p>
        {conflicts.length === 1
          ? 'Both machines changed this differently since they last agreed: pick the value to keep. Until it is decided'
          : 'Both machines changed these differently since they last agreed: pick the value to keep for each. Until every one is decided'}{' '}
        this team is neither merged nor sent, and nothing is lost: your changes keep saving here.
      </p>
      <form onSubmit={(e) => void apply(e)} noValidate>
        {conflicts.length > 1 ? (
          /* Many conflicts usually go one way (one machine was offline a week): one press picks a side for all. */
          <div className="toolbar sync-conflicts__all">
            {(['mine', 'theirs'] as const).map((side) => (
              <button
                key={side}
                type="button"
                onClick={() =>
                  setChosen(
                    Object.fromEntries(conflicts.map((c) => [c.key, { keep: side, mine: c.mine, theirs: c.theirs }])),
                  )
                }
              >
                {side === 'mine' ? 'Keep mine for all' : 'Keep theirs for all'}
              </button>
            ))}
          </div>
        ) : null}
        <ol className="sync-conflicts__list">
          {conflicts.map((c, index) => {
            const name = `${id}-c${index}`;
            return (
              <li key={c.key}>
                <fieldset>
                  <legend>
                    {c.entity}: {c.field}
                  </legend>
                  {(['mine', 'theirs'] as const).map((side) => (
                    <label key={side} className="sync-choice">
                      <input
                        type="radio"
                        name={name}
                        value={side}
                        checked={choiceFor(chosen, c) === side}
                        onChange={() => choose(c, side)}
                      />
                      <span>
                        {side === 'mine' ? 'Keep mine: ' : 'Keep theirs: '}
                        <span className="sync-value">{side === 'mine' ? c.mine : c.theirs}</span>
                      </span>
                    </label>
                  ))}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <p className="sync-conflicts__count" role="status">
          {decided} of {plural(conflicts.length, 'conflict')} decided
        </p>
        <FormError message={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={disabled || !ready} aria-disabled={busy || undefined}>
            Apply decisions
          </button>
        </div>
      </form>
    </section>
  );
}
