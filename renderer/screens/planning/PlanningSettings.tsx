import type { TeamSettings } from '../../../src/domain/team/schema';
import { Field } from '../../components/Field';
import { numberFromInput } from '../../components/number-input';
import { useSettingsForm } from '../../components/use-settings-save';
import { FormError } from '../../components/FormError';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { changedFields } from '../../../src/domain/shared/changed-fields';

type Key =
  | 'bufferPercent'
  | 'onCallLoadPercent'
  | 'standardDayHours'
  | 'velocityWindow'
  | 'startingPointsPerPersonDay'
  | 'changeWindowLimit';

/** `numeric` for whole numbers, `decimal` where a fraction is allowed: the keyboard a phone or tablet offers. */
const FIELDS: { key: Key; label: string; hint: string; inputMode: 'numeric' | 'decimal' }[] = [
  {
    key: 'bufferPercent',
    label: 'Interrupt buffer (%)',
    hint: 'Share of the forecast kept for unplanned work; 0–90.',
    inputMode: 'decimal',
  },
  {
    key: 'onCallLoadPercent',
    label: 'On-call load (%)',
    hint: 'How much of an on-call day pages and tickets take.',
    inputMode: 'decimal',
  },
  {
    key: 'standardDayHours',
    label: 'Standard day (hours)',
    hint: 'A member’s focus = their hours per day ÷ this.',
    inputMode: 'decimal',
  },
  {
    key: 'velocityWindow',
    label: 'Velocity window (sprints)',
    hint: 'Closed sprints the velocity averages over.',
    inputMode: 'numeric',
  },
  {
    key: 'startingPointsPerPersonDay',
    label: 'Starting points per person-day',
    hint: 'Used until the velocity window is filled.',
    inputMode: 'decimal',
  },
  {
    key: 'changeWindowLimit',
    label: 'Items per change window',
    hint: 'Planning warns when more items need a window than the sprint’s windows take.',
    inputMode: 'numeric',
  },
];

type Values = Record<Key, string>;

const shown = (settings: TeamSettings): Values =>
  Object.fromEntries(FIELDS.map((f) => [f.key, String(settings[f.key])])) as Values;

const read = (values: Values): Partial<TeamSettings> =>
  Object.fromEntries(FIELDS.map((f) => [f.key, numberFromInput(values[f.key])]));

/**
 * The team settings capacity depends on, editable where they matter. The fields are read as every typed number
 * is ("1,000", "7,5"; "0x10" or an empty field is not a number) and judged by the settings' own rules. A field
 * not typed into shows the stored value as it is now (see useSettingsForm). It is one of the planning screen's
 * views: another view or screen asks before it drops values typed and not saved (a team switch keeps them for
 * their team).
 */
export function PlanningSettings({ teamId, settings }: { teamId: string; settings: TeamSettings }) {
  // Each team keeps what was typed for it while another team is open (useTeamDraft).
  const { values, set, errors, submit, discard } = useSettingsForm(
    'Planning settings saved.',
    settings,
    shown,
    read,
    teamId,
  );
  const changed = Object.keys(changedFields(read(values), read(shown(settings)))).length > 0;
  const unsaved = useUnsavedChanges(changed, 'the planning settings', discard, { keptPerTeam: true });

  return (
    <section className="panel" aria-labelledby="planning-settings-title">
      <h3 id="planning-settings-title">Planning settings</h3>
      <form className="grid-form" onSubmit={submit} noValidate>
        {FIELDS.map((f) => (
          <Field key={f.key} label={f.label} hint={f.hint} error={errors[f.key]}>
            {(p) => (
              <input
                {...p}
                inputMode={f.inputMode}
                value={values[f.key]}
                onChange={(e) => set(f.key, e.target.value)}
              />
            )}
          </Field>
        ))}
        <FormError message={errors.form} />
        <div className="actions">
          <button type="submit" className="primary">
            Save planning settings
          </button>
        </div>
      </form>
      {unsaved.question}
    </section>
  );
}
