import { useState, type FormEvent } from 'react';
import type { TeamSettings } from '../../../../src/domain/team/schema';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { numberFromInput } from '../../../components/number-input';
import { useSettingsSave } from '../../../components/use-settings-save';

/**
 * The team's dot-voting rules, editable before the vote starts. The fields are read as every typed number is
 * ("1,000", "2,5"; "0x10" or an empty field is not a number) and judged by the settings' own rules.
 */
export function VoteSettings({ settings }: { settings: TeamSettings }) {
  const { errors, save } = useSettingsSave('Voting rules saved.', settings);
  const [perPerson, setPerPerson] = useState(String(settings.retroVotesPerPerson));
  const [perCard, setPerCard] = useState(String(settings.retroMaxVotesPerCard));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save({ retroVotesPerPerson: numberFromInput(perPerson), retroMaxVotesPerCard: numberFromInput(perCard) });
  };
  return (
    <form className="inline-form vote-settings" onSubmit={submit} noValidate aria-label="Voting rules">
      <Field label="Votes per person" error={errors.retroVotesPerPerson}>
        {(p) => <input {...p} inputMode="numeric" value={perPerson} onChange={(e) => setPerPerson(e.target.value)} />}
      </Field>
      <Field label="Max votes per card" error={errors.retroMaxVotesPerCard}>
        {(p) => <input {...p} inputMode="numeric" value={perCard} onChange={(e) => setPerCard(e.target.value)} />}
      </Field>
      <button type="submit">Save voting rules</button>
      <FormError message={errors.form} />
    </form>
  );
}
