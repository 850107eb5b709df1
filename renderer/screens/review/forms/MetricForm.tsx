import { useState } from 'react';
import { typedNumberText } from '../../../../src/domain/review/metrics';
import type { MetricBlock } from '../../../../src/domain/review/schema';
import { Field } from '../../../components/Field';
import { numberMessage, readTypedNumber } from '../../../components/number-input';
import { BlockForm, parseNumber, type BlockFormProps, type Errors } from './block-form';

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
  const build = () => ({
    ...initial,
    name,
    unit,
    before: parseNumber(before),
    after: parseNumber(after),
    better,
  });
  // A value the schema refuses because it is not a number says how to write one ("1.200,5" is neither form).
  const showErrors = (found: Errors) =>
    setErrors({
      ...found,
      ...(found.before && readTypedNumber(before) === null ? { before: numberMessage('Before value') } : {}),
      ...(found.after && readTypedNumber(after) === null ? { after: numberMessage('After value') } : {}),
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
