import { STANDUP_ORDERS, STANDUP_ORDER_NAMES, type StandupOrder } from '../../../src/domain/standup/settings';
import { ITEM_STATUSES, ITEM_STATUS_NAMES, type ItemStatus } from '../../../src/domain/backlog/vocabulary';
import type { TeamSettings } from '../../../src/domain/team/schema';
import { Field } from '../../components/Field';
import { numberFromInput } from '../../components/number-input';
import { useSettingsForm } from '../../components/use-settings-save';
import { NamedOptions } from '../../components/Options';
import { FormError } from '../../components/FormError';

type ColumnKey = `column.${ItemStatus}`;
const columnKey = (status: ItemStatus): ColumnKey => `column.${status}`;

/** Each board column's name is a field of its own: a name changed elsewhere shows unless this one was typed into. */
type Values = { speaker: string; total: string; order: StandupOrder; chime: boolean } & Record<ColumnKey, string>;

const shown = (settings: TeamSettings): Values => ({
  speaker: String(settings.standupSpeakerSeconds),
  total: String(settings.standupTotalMinutes),
  order: settings.standupOrder,
  chime: settings.standupChime,
  ...(Object.fromEntries(ITEM_STATUSES.map((s) => [columnKey(s), settings.boardColumnNames[s]])) as Record<
    ColumnKey,
    string
  >),
});

const read = (values: Values): Partial<TeamSettings> => ({
  standupSpeakerSeconds: numberFromInput(values.speaker),
  standupTotalMinutes: numberFromInput(values.total),
  standupOrder: values.order,
  standupChime: values.chime,
  boardColumnNames: Object.fromEntries(ITEM_STATUSES.map((s) => [s, values[columnKey(s)]])) as Record<
    ItemStatus,
    string
  >,
});

/**
 * Timeboxes, speaking order, chime and board column names of the team. The timeboxes are read as every typed
 * number is ("1,000", "2,5"; "0x10" or an empty field is not a number) and judged by the settings' own rules. A
 * field not typed into shows the stored value as it is now (see useSettingsForm).
 */
export function StandupSettingsForm({ settings }: { settings: TeamSettings }) {
  const { values, set, errors, submit } = useSettingsForm('Standup settings saved.', settings, shown, read);

  return (
    <form className="grid-form" onSubmit={submit} noValidate aria-label="Standup settings">
      <Field label="Per-speaker timebox (seconds)" error={errors.standupSpeakerSeconds} hint="Default 90 s.">
        {(p) => (
          <input {...p} inputMode="numeric" value={values.speaker} onChange={(e) => set('speaker', e.target.value)} />
        )}
      </Field>
      <Field label="Standup timebox (minutes)" error={errors.standupTotalMinutes} hint="Default 15 min.">
        {(p) => (
          <input {...p} inputMode="numeric" value={values.total} onChange={(e) => set('total', e.target.value)} />
        )}
      </Field>
      <Field label="Speaking order" error={errors.standupOrder}>
        {(p) => (
          <select {...p} value={values.order} onChange={(e) => set('order', e.target.value as StandupOrder)}>
            <NamedOptions values={STANDUP_ORDERS} names={STANDUP_ORDER_NAMES} />
          </select>
        )}
      </Field>
      <div className="field field--checkbox">
        <label>
          <input type="checkbox" checked={values.chime} onChange={(e) => set('chime', e.target.checked)} /> Chime when a
          timebox runs out
        </label>
      </div>
      <fieldset>
        <legend>Board column names</legend>
        <div className="grid-form">
          {ITEM_STATUSES.map((status) => (
            <Field
              key={status}
              label={`${ITEM_STATUS_NAMES[status]} column name`}
              error={errors[`boardColumnNames.${status}`]}
            >
              {(p) => (
                <input
                  {...p}
                  value={values[columnKey(status)]}
                  onChange={(e) => set(columnKey(status), e.target.value)}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <FormError message={errors.form} />
      <div className="actions">
        <button type="submit">Save standup settings</button>
      </div>
    </form>
  );
}
