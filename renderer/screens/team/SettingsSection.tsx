import type { TeamSettings } from '../../../src/domain/team/schema';
import { WEEKDAY_NAMES } from '../../../src/domain/team/defaults';
import { isOnScale, POINT_SCALES, SCALE_NAMES, type PointScale } from '../../../src/domain/team/scales';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { isOpenItem } from '../../../src/domain/backlog/filter';
import { plural, pluralWord, pointsText } from '../../../src/domain/shared/words';
import { changedFields } from '../../../src/domain/shared/changed-fields';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { numberFromInput } from '../../components/number-input';
import { useSettingsForm } from '../../components/use-settings-save';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { useAppStore } from '../../store';
import { NamedOptions } from '../../components/Options';

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** Every IANA zone this browser knows, with the team's own first if the browser lacks it. */
function zoneNames(current: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return known.includes(current) ? known : [current, ...known];
}

/**
 * Sprint length, working days, point scale and interrupt buffer. The numbers are read as every typed number is
 * ("1,000", "2,5"; "0x10" or an empty field is not a number) and judged by the settings' own rules.
 */
export function SettingsSection() {
  const settings = useAppStore((s) => s.team?.settings);
  const teamId = useAppStore((s) => s.team?.id);
  if (!settings || !teamId) return null;
  // One form for every team: each keeps what was typed for it, unsaved, while another is open (useTeamDraft).
  return <SettingsForm teamId={teamId} settings={settings} />;
}

const shown = (settings: TeamSettings) => ({
  length: String(settings.sprintLengthDays),
  days: settings.workingDays,
  scale: settings.pointScale,
  buffer: String(settings.bufferPercent),
  timeZone: settings.timeZone,
});

const read = (values: ReturnType<typeof shown>): Partial<TeamSettings> => ({
  sprintLengthDays: numberFromInput(values.length),
  workingDays: [...values.days].sort(),
  pointScale: values.scale,
  bufferPercent: numberFromInput(values.buffer),
  timeZone: values.timeZone,
});

/**
 * What becomes of the open items estimated off `scale` (their estimate stays as it is, and the Backlog offers it
 * until someone picks a card of the scale), or undefined when every estimate is on it.
 */
function offScaleHint(items: readonly BacklogItem[], scale: PointScale): string | undefined {
  const off = items.filter((i) => isOpenItem(i) && i.points !== null && !isOnScale(scale, i.points));
  if (off.length === 0) return undefined;
  const values = [...new Set(off.map((i) => i.points ?? 0))].sort((a, b) => a - b);
  const [only] = values;
  const shown = values.length === 1 && only !== undefined ? pointsText(only) : `${values.join(', ')} points`;
  return `${plural(off.length, 'open item')} ${pluralWord(off.length, 'has', 'have')} an estimate not on this scale (${shown}): ${pluralWord(off.length, 'it keeps', 'they keep')} it until re-estimated on the Backlog.`;
}

/** How many of the working days ticked make two weeks (10 only for a Monday-to-Friday week); none ticked, no hint. */
function twoWeeksHint(days: readonly number[]): string | undefined {
  return days.length === 0 ? undefined : `${days.length * 2} working days is two weeks.`;
}

/** A field not typed into shows the stored value as it is now (see useSettingsForm). */
function SettingsForm({ teamId, settings }: { teamId: string; settings: TeamSettings }) {
  const { values, set, errors, submit, discard } = useSettingsForm('Settings saved.', settings, shown, read, teamId);
  const { length, days, scale, buffer, timeZone } = values;
  const items = useAppStore((s) => s.team?.items);
  // A switch of screen asks before dropping values typed and not saved, for any team; a switch of team keeps them.
  const changed = Object.keys(changedFields(read(values), read(shown(settings)))).length > 0;
  const unsaved = useUnsavedChanges(changed, 'the sprint settings', discard, { keptPerTeam: teamId });

  return (
    <section className="panel" aria-labelledby="settings-title">
      <h3 id="settings-title">Sprint settings</h3>
      <form className="grid-form" onSubmit={submit} noValidate>
        <Field label="Sprint length (working days)" error={errors.sprintLengthDays} hint={twoWeeksHint(days)}>
          {(p) => <input {...p} inputMode="numeric" value={length} onChange={(e) => set('length', e.target.value)} />}
        </Field>
        <Field
          label="Interrupt buffer (%)"
          error={errors.bufferPercent}
          hint="Capacity kept free for incidents and support; 0–90."
        >
          {(p) => <input {...p} inputMode="decimal" value={buffer} onChange={(e) => set('buffer', e.target.value)} />}
        </Field>
        <Field label="Point scale" error={errors.pointScale} hint={offScaleHint(items ?? [], scale)}>
          {(p) => (
            <select {...p} value={scale} onChange={(e) => set('scale', e.target.value as PointScale)}>
              <NamedOptions values={POINT_SCALES} names={SCALE_NAMES} />
            </select>
          )}
        </Field>
        <Field
          label="Team time zone"
          error={errors.timeZone}
          hint="Imported shifts and leave count on the days they cover here."
        >
          {(p) => (
            <select {...p} value={timeZone} onChange={(e) => set('timeZone', e.target.value)}>
              {zoneNames(settings.timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="weekdays" aria-describedby={errors.workingDays ? 'weekdays-error' : undefined}>
          <legend>Working days</legend>
          {WEEK_ORDER.map((d) => (
            <label key={d}>
              <input
                type="checkbox"
                checked={days.includes(d)}
                onChange={(e) => set('days', e.target.checked ? [...days, d] : days.filter((x) => x !== d))}
              />{' '}
              {WEEKDAY_NAMES[d]}
            </label>
          ))}
          {errors.workingDays ? (
            <p className="field__error" id="weekdays-error" role="alert">
              {errors.workingDays}
            </p>
          ) : null}
        </fieldset>
        <FormError message={errors.form} />
        <div className="actions">
          <button type="submit" className="primary">
            Save settings
          </button>
        </div>
      </form>
      {unsaved.question}
    </section>
  );
}
