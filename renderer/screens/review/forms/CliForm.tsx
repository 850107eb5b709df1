import { useState } from 'react';
import type { CliBlock, CliStep } from '../../../../src/domain/review/schema';
import { stepsFromTerminal, withoutPrompt } from '../../../../src/domain/review/terminal-paste';
import { Field } from '../../../components/Field';
import { BlockForm, useFormRows, type BlockFormProps, type Errors } from './block-form';

export function CliForm({ initial, onSave, onCancel }: BlockFormProps<CliBlock>) {
  const [title, setTitle] = useState(initial.title);
  const [errors, setErrors] = useState<Errors>({});
  const steps = useFormRows<CliStep>(
    initial.steps.length ? initial.steps : [{ command: '', output: '' }],
    'steps',
    setErrors,
  );
  return (
    <BlockForm
      // A command typed or pasted with its "$ " prompt is saved without it: the walkthrough draws its own.
      build={() => ({
        ...initial,
        title,
        steps: steps.values.map((s) => ({ ...s, command: withoutPrompt(s.command) })),
      })}
      onSave={onSave}
      onCancel={onCancel}
      setErrors={setErrors}
    >
      <Field label="Walkthrough title" error={errors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} data-autofocus />}
      </Field>
      {errors.steps ? <p className="field__error">{errors.steps}</p> : null}
      <ol className="cli-steps">
        {steps.rows.map(({ key, value: step }, index) => (
          <li key={key} ref={steps.rowRef(key)}>
            <Field label={`Command ${index + 1}`} error={errors[`steps.${index}.command`]}>
              {(p) => (
                // A textarea, so a command pasted over several lines ("\" continuations) keeps them.
                <textarea
                  {...p}
                  className="mono cli-command"
                  rows={Math.min(8, Math.max(2, step.command.split('\n').length))}
                  spellCheck={false}
                  autoCapitalize="off"
                  autoCorrect="off"
                  value={step.command}
                  onChange={(e) => steps.patch(key, { command: e.target.value })}
                  onPaste={(e) => {
                    // A terminal's text pasted into an empty command: one command per prompt, each with its output.
                    if (step.command.trim() !== '') return;
                    const pasted = stepsFromTerminal(e.clipboardData.getData('text/plain'));
                    if (!pasted?.length) return;
                    e.preventDefault();
                    steps.spread(
                      key,
                      pasted.map((s, i) => (i === 0 && !s.output ? { ...s, output: step.output } : s)),
                    );
                  }}
                />
              )}
            </Field>
            <Field label={`Output ${index + 1}`} error={errors[`steps.${index}.output`]}>
              {(p) => (
                <textarea
                  {...p}
                  className="mono"
                  rows={3}
                  value={step.output}
                  onChange={(e) => steps.patch(key, { output: e.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="danger"
              onClick={() => steps.remove(index)}
              disabled={steps.rows.length === 1}
            >
              Remove command {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => steps.add({ command: '', output: '' })}>
        Add command
      </button>
    </BlockForm>
  );
}
