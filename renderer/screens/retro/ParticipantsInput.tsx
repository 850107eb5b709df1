import { useId, useState } from 'react';
import type { Retro } from '../../../src/domain/retro/schema';
import { numberFromInput } from '../../components/number-input';
import { useAppStore } from '../../store';
import { formMessage } from '../review/form-message';
import { isEnterToAct } from '../../app/keyboard';

/**
 * How many people took part (room and call); saved when the field is left. Read as every typed number is
 * ("1,000", "2,5"; "0x10" or an empty field is not a number); a refused value stays in the field with the
 * api's message beside it, and the stored count is kept.
 */
export function ParticipantsInput({ retro }: { retro: Retro }) {
  const retroCall = useAppStore((s) => s.retroCall);
  const [value, setValue] = useState(String(retro.participants));
  const [error, setError] = useState<string | undefined>();
  const errorId = useId();
  const save = () => {
    const n = numberFromInput(value);
    if (n === retro.participants) {
      setError(undefined);
      return;
    }
    retroCall('updateRetroDetails', { retroId: retro.id, participants: n })
      .then(() => setError(undefined))
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
        onChange={(e) => setValue(e.target.value)}
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
