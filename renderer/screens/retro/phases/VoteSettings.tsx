import type { TeamSettings } from '../../../../src/domain/team/schema';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { numberFromInput } from '../../../components/number-input';
import { useSettingsForm } from '../../../components/use-settings-save';

const shown = (settings: TeamSettings) => ({
  perPerson: String(settings.retroVotesPerPerson),
  perCard: String(settings.retroMaxVotesPerCard),
});

const read = (values: ReturnType<typeof shown>): Partial<TeamSettings> => ({
  retroVotesPerPerson: numberFromInput(values.perPerson),
  retroMaxVotesPerCard: numberFromInput(values.perCard),
});

/**
 * The team's dot-voting rules, editable before the vote starts. The fields are read as every typed number is
 * ("1,000", "2,5"; "0x10" or an empty field is not a number) and judged by the settings' own rules. A field not
 * typed into shows the stored value as it is now (see useSettingsForm).
 */
export function VoteSettings({ settings }: { settings: TeamSettings }) {
  const { values, set, errors, submit } = useSettingsForm('Voting rules saved.', settings, shown, read);
  return (
    <form className="inline-form vote-settings" onSubmit={submit} noValidate aria-label="Voting rules">
      <Field label="Votes per person" error={errors.retroVotesPerPerson}>
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            value={values.perPerson}
            onChange={(e) => set('perPerson', e.target.value)}
          />
        )}
      </Field>
      <Field label="Max votes per card" error={errors.retroMaxVotesPerCard}>
        {(p) => (
          <input {...p} inputMode="numeric" value={values.perCard} onChange={(e) => set('perCard', e.target.value)} />
        )}
      </Field>
      <button type="submit">Save voting rules</button>
      <FormError message={errors.form} />
    </form>
  );
}
