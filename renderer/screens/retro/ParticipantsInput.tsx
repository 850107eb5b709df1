import { useState } from 'react';
import type { Retro } from '../../../src/domain/retro/schema';
import { useRetroOp } from './use-retro';

/** How many people took part (room and call); saved when the field is left. */
export function ParticipantsInput({ retro }: { retro: Retro }) {
  const op = useRetroOp(retro.id);
  const [value, setValue] = useState(String(retro.participants));
  const save = () => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < 0) {
      setValue(String(retro.participants));
      return;
    }
    if (n !== retro.participants) void op('updateRetroDetails', { participants: n });
  };
  return (
    <span className="participants">
      <label htmlFor="retro-participants">Participants</label>
      <input
        id="retro-participants"
        type="number"
        min={0}
        max={500}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
    </span>
  );
}
