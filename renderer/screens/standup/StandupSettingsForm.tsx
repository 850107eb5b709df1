import { useState, type FormEvent } from 'react';
import { STANDUP_ORDERS, STANDUP_ORDER_NAMES, type StandupOrder } from '../../../src/domain/standup/settings';
import { ITEM_STATUSES, ITEM_STATUS_NAMES } from '../../../src/domain/backlog/vocabulary';
import type { TeamSettings } from '../../../src/domain/team/schema';
import { Field } from '../../components/Field';
import { numberFromInput } from '../../components/number-input';
import { useSettingsSave } from '../../components/use-settings-save';
import { NamedOptions } from '../../components/Options';
import { FormError } from '../../components/FormError';

/**
 * Timeboxes, speaking order, chime and board column names of the team. The timeboxes are read as every typed
 * number is ("1,000", "2,5"; "0x10" or an empty field is not a number) and judged by the settings' own rules.
 */
export function StandupSettingsForm({ settings }: { settings: TeamSettings }) {
  const { errors, save } = useSettingsSave('Standup settings saved.', settings);
  const [speaker, setSpeaker] = useState(String(settings.standupSpeakerSeconds));
  const [total, setTotal] = useState(String(settings.standupTotalMinutes));
  const [order, setOrder] = useState<StandupOrder>(settings.standupOrder);
  const [chime, setChime] = useState(settings.standupChime);
  const [columns, setColumns] = useState(settings.boardColumnNames);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate: Partial<TeamSettings> = {
      standupSpeakerSeconds: numberFromInput(speaker),
      standupTotalMinutes: numberFromInput(total),
      standupOrder: order,
      standupChime: chime,
      boardColumnNames: columns,
    };
    await save(candidate);
  };

  return (
    <form className="grid-form" onSubmit={submit} noValidate aria-label="Standup settings">
      <Field label="Per-speaker timebox (seconds)" error={errors.standupSpeakerSeconds} hint="Default 90 s.">
        {(p) => <input {...p} inputMode="numeric" value={speaker} onChange={(e) => setSpeaker(e.target.value)} />}
      </Field>
      <Field label="Standup timebox (minutes)" error={errors.standupTotalMinutes} hint="Default 15 min.">
        {(p) => <input {...p} inputMode="numeric" value={total} onChange={(e) => setTotal(e.target.value)} />}
      </Field>
      <Field label="Speaking order" error={errors.standupOrder}>
        {(p) => (
          <select {...p} value={order} onChange={(e) => setOrder(e.target.value as StandupOrder)}>
            <NamedOptions values={STANDUP_ORDERS} names={STANDUP_ORDER_NAMES} />
          </select>
        )}
      </Field>
      <div className="field field--checkbox">
        <label>
          <input type="checkbox" checked={chime} onChange={(e) => setChime(e.target.checked)} /> Chime when a timebox
          runs out
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
                  value={columns[status]}
                  onChange={(e) => setColumns({ ...columns, [status]: e.target.value })}
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
