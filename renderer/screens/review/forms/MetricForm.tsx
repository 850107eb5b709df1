import { useState } from 'react';
import { typedNumberText } from '../../../../src/domain/review/metrics';
import { metricUnitProblem, readMetricValue } from '../../../../src/domain/review/metric-value';
import type { MetricBlock } from '../../../../src/domain/review/schema';
import { Field } from '../../../components/Field';
import { numberMessage } from '../../../components/number-input';
import { BlockForm, type BlockFormProps, type Errors } from './block-form';

/**
 * A stored value as the form shows it to edit: as the block shows it on screen ("0.0000001", "1,234,567.5"), which
 * the number reader takes back; String() would write "1e-7", which it refuses.
 */
const typedText = (value: number) => (Number.isNaN(value) ? '' : typedNumberText(value));

export function MetricForm({ initial, onSave, onCancel }: BlockFormProps<MetricBlock>) {
  const [name, setName] = useState(initial.name);
  const [unit, setUnit] = useState(initial.unit);
  const [before, setBefore] = useState(() => typedText(initial.before));
  const [after, setAfter] = useState(() => typedText(initial.after));
  const [better, setBetter] = useState(initial.better);
  const [errors, setErrors] = useState<Errors>({});
  // A value copied from a dashboard with the metric's unit ("420 ms") is read as its number; other text stays text,
  // so the schema refuses it with a message instead of it vanishing.
  const valueOf = (text: string) => readMetricValue(text, unit) ?? text;
  const build = () => ({ ...initial, name, unit, before: valueOf(before), after: valueOf(after), better });
  /**
   * A value the schema refuses because it is not a number says why: it is in another unit than the metric's ("2 s"
   * beside "400 ms"), or how to write a number ("1.200,5" is neither form).
   */
  const valueMessage = (what: string, text: string) => metricUnitProblem(what, text, unit) ?? numberMessage(what);
  const showErrors = (found: Errors) =>
    setErrors({
      ...found,
      ...(found.before && readMetricValue(before, unit) === null
        ? { before: valueMessage('Before value', before) }
        : {}),
      ...(found.after && readMetricValue(after, unit) === null ? { after: valueMessage('After value', after) } : {}),
    });
  return (
    <BlockForm build={build} onSave={onSave} onCancel={onCancel} setErrors={showErrors}>
      <div className="grid-form">
        <Field label="Metric name" error={errors.name}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} data-autofocus />}
        </Field>
        <Field label="Unit" error={errors.unit} hint="e.g. ms, min, pages/week">
          {(p) => <input {...p} value={unit} onChange={(e) => setUnit(e.target.value)} />}
        </Field>
        <Field label="Before value" error={errors.before}>
          {(p) => <input {...p} inputMode="decimal" value={before} onChange={(e) => setBefore(e.target.value)} />}
        </Field>
        <Field label="After value" error={errors.after}>
          {(p) => <input {...p} inputMode="decimal" value={after} onChange={(e) => setAfter(e.target.value)} />}
        </Field>
        <Field label="Better when" error={errors.better}>
          {(p) => (
            <select {...p} value={better} onChange={(e) => setBetter(e.target.value as MetricBlock['better'])}>
              <option value="lower">Lower is better</option>
              <option value="higher">Higher is better</option>
            </select>
          )}
        </Field>
      </div>
    </BlockForm>
  );
}
