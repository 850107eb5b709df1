import { useId, useState } from 'react';
import type { Retro } from '../../../src/domain/retro/schema';
import { numberFromInput } from '../../components/number-input';
import { useAppStore } from '../../store';
import { formMessage } from '../review/form-message';
import { isEnterToAct } from '../../app/keyboard';

/**
 * How many people took part (room and call); saved when the field is left. Read as every typed number is
 * ("1,000", "2,5"; "0x10" or an empty field is not a number); a refused value stays in the field with the
 * api's message beside it, and the stored count is kept. A field not typed into shows the stored count as it is
 * now (another window, a sync may change it), and leaving it saves nothing: it never writes an old count back.
 */
export function ParticipantsInput({ retro }: { retro: Retro }) {
  const retroCall = useAppStore((s) => s.retroCall);
  /** What was typed since the count was last saved; null while the field shows the stored count. */
  const [typed, setTyped] = useState<string | null>(null);
  const value = typed ?? String(retro.participants);
  const [error, setError] = useState<string | undefined>();
  const errorId = useId();
  const saved = (sent: string) => {
    setError(undefined);
    // Typed on while it was being saved: that text stays, to be saved in its turn.
    setTyped((now) => (now === sent ? null : now));
  };
  const save = () => {
    if (typed === null) return;
    const n = numberFromInput(typed);
    if (n === retro.participants) return saved(typed);
    retroCall('updateRetroDetails', { retroId: retro.id, participants: n })
      .then(() => saved(typed))
      .catch((e: unknown) => setError(formMessage(e, 'participants')));
  };
  return (
    <span className="participants">
      <label htmlFor="retro-participants">Participants</label>
      <input
        id="retro-participants"
        inputMode="numeric"
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setTyped(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (isEnterToAct(e)) save();
        }}
      />
      {error ? (
        <span className="field__error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
