import { useState } from 'react';
import { MONITOR_SEVERITIES, type Monitor, type MonitorsBlock } from '../../../../src/domain/review/schema';
import { Field } from '../../../components/Field';
import { BlockForm, useFormRows, type BlockFormProps, type Errors } from './block-form';

const EMPTY: Monitor = { name: '', condition: '', severity: 'warning', runbook: '' };

export function MonitorsForm({ initial, onSave, onCancel }: BlockFormProps<MonitorsBlock>) {
  const [errors, setErrors] = useState<Errors>({});
  const monitors = useFormRows<Monitor>(initial.monitors.length ? initial.monitors : [EMPTY], 'monitors', setErrors);
  return (
    <BlockForm
      build={() => ({ ...initial, monitors: monitors.values })}
      onSave={onSave}
      onCancel={onCancel}
      setErrors={setErrors}
    >
      {errors.monitors ? <p className="field__error">{errors.monitors}</p> : null}
      {monitors.rows.map(({ key, value: m }, index) => {
        const err = (field: string) => errors[`monitors.${index}.${field}`];
        const patch = (change: Partial<Monitor>) => monitors.patch(key, change);
        return (
          <fieldset key={key} ref={monitors.rowRef(key)} className="grid-form">
            <legend>Monitor {index + 1}</legend>
            <Field label={`Name of monitor ${index + 1}`} error={err('name')}>
              {(p) => <input {...p} value={m.name} onChange={(e) => patch({ name: e.target.value })} />}
            </Field>
            <Field
              label={`Condition of monitor ${index + 1}`}
              error={err('condition')}
              hint="e.g. p95 > 300ms for 5m. An alert rule over several lines is kept as written."
            >
              {(p) => (
                // A textarea, so an alert rule pasted over several lines keeps them and its indentation.
                <textarea
                  {...p}
                  className="mono"
                  rows={Math.min(10, Math.max(2, m.condition.split('\n').length))}
                  spellCheck={false}
                  autoCapitalize="off"
                  autoCorrect="off"
                  value={m.condition}
                  onChange={(e) => patch({ condition: e.target.value })}
                />
              )}
            </Field>
            <Field label={`Severity of monitor ${index + 1}`} error={err('severity')}>
              {(p) => (
                <select
                  {...p}
                  value={m.severity}
                  onChange={(e) => patch({ severity: e.target.value as Monitor['severity'] })}
                >
                  {MONITOR_SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={`Runbook link of monitor ${index + 1}`} error={err('runbook')}>
              {(p) => (
                <input {...p} type="url" value={m.runbook} onChange={(e) => patch({ runbook: e.target.value })} />
              )}
            </Field>
            <div className="actions">
              <button
                type="button"
                className="danger"
                disabled={monitors.rows.length === 1}
                onClick={() => monitors.remove(index)}
              >
                Remove monitor {index + 1}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => monitors.add(EMPTY)}>
        Add monitor
      </button>
    </BlockForm>
  );
}
