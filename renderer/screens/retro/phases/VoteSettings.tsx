import { useState, type FormEvent } from 'react';
import type { TeamSettings } from '../../../../src/domain/team/schema';
import { messageOf } from '../../../api/errors';
import { useAppStore } from '../../../store';

/** The team's dot-voting rules, editable before the vote starts. */
export function VoteSettings({ settings }: { settings: TeamSettings }) {
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [perPerson, setPerPerson] = useState(String(settings.retroVotesPerPerson));
  const [perCard, setPerCard] = useState(String(settings.retroMaxVotesPerCard));
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await updateSettings({ retroVotesPerPerson: Number(perPerson), retroMaxVotesPerCard: Number(perCard) });
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <form className="inline-form vote-settings" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="votes-per-person">Votes per person</label>
        <input
          id="votes-per-person"
          type="number"
          min={0}
          max={20}
          value={perPerson}
          onChange={(e) => setPerPerson(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="votes-per-card">Max votes per card</label>
        <input
          id="votes-per-card"
          type="number"
          min={1}
          max={20}
          value={perCard}
          onChange={(e) => setPerCard(e.target.value)}
        />
      </div>
      <button type="submit">Save voting rules</button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
