import { useState, type FormEvent, type ReactNode } from 'react';
import { DemoBlockSchema, type DemoBlock } from '../../../../src/domain/review/schema';
import { formMessage } from '../form-message';
import { FormError } from '../../../components/FormError';
import { DialogActions } from '../../../components/DialogActions';
import { readTypedNumber } from '../../../components/number-input';

export type Errors = Record<string, string>;

/** Validates a block with the same schema the api uses; errors keyed by dotted path ("steps.0.command"). */
export function validateBlock(
  candidate: unknown,
): { block: DemoBlock; errors: null } | { block: null; errors: Errors } {
  const parsed = DemoBlockSchema.safeParse(candidate);
  if (parsed.success) return { block: parsed.data, errors: null };
  const errors: Errors = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.') || 'form'] ??= issue.message;
  return { block: null, errors };
}

export interface BlockFormProps<B extends DemoBlock> {
  initial: B;
  onSave: (block: DemoBlock) => Promise<void>;
  onCancel: () => void;
}

/** The form shell every block editor shares: validate, save, show what went wrong. */
export function BlockForm({
  build,
  onSave,
  onCancel,
  setErrors,
  children,
}: {
  build: () => unknown;
  onSave: (block: DemoBlock) => Promise<void>;
  onCancel: () => void;
  setErrors: (errors: Errors) => void;
  children: ReactNode;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateBlock(build());
    if (result.errors) {
      setErrors(result.errors);
      setFormError('Please correct the fields marked below.');
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(result.block);
    } catch (error) {
      setFormError(formMessage(error));
      setSaving(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError message={formError} />
      {children}
      <DialogActions confirm="Save block" onCancel={onCancel} busy={saving} />
    </form>
  );
}

/** A typed number stays text until saved, so "fast" can be refused with a message instead of vanishing. */
export function parseNumber(text: string): number | string {
  return readTypedNumber(text) ?? text;
}
