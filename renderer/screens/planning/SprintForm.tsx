import { useState, type FormEvent } from 'react';
import { SprintFieldsSchema, type SprintFields } from '../../../src/domain/planning/inputs';
import { ApiCallError, messageOf } from '../../api/errors';
import { Field } from '../../components/Field';
import { fieldErrors } from '../../components/form-errors';
import { Modal } from '../../components/Modal';
import { FormError } from '../../components/FormError';
import { DialogActions } from '../../components/DialogActions';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { changedFields } from '../../../src/domain/shared/changed-fields';

interface SprintFormProps {
  title: string;
  /** What the question before dropping typed changes names ('"Sprint 4"', 'the new sprint'). */
  what: string;
  initial: SprintFields;
  submitLabel: string;
  /** Only a planned sprint's dates can change. */
  datesLocked?: boolean;
  /** What the dates offered say of themselves (why they are shorter), under them. */
  datesNote?: string | undefined;
  onSubmit: (fields: SprintFields) => Promise<void>;
  onClose: () => void;
}

/**
 * Name, goal and dates of a sprint; the same schema as the api checks the form. A goal typed in the meeting is not
 * dropped by an Escape or a Cancel pressed by mistake: with changes, they ask first (useUnsavedChanges).
 */
export function SprintForm(props: SprintFormProps) {
  const { title, what, initial, submitLabel, datesLocked = false, datesNote, onSubmit, onClose } = props;
  const [draft, setDraft] = useState<SprintFields>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<SprintFields>) => setDraft((d) => ({ ...d, ...patch }));
  const unsaved = useUnsavedChanges(Object.keys(changedFields(draft, initial)).length > 0, what, onClose);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = SprintFieldsSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      const byField = error instanceof ApiCallError ? fieldErrors(error.issues) : {};
      setErrors({ ...byField, form: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={title} onClose={unsaved.leave}>
      <form onSubmit={submit} noValidate>
        <Field label="Sprint name" error={errors.name}>
          {(p) => <input {...p} value={draft.name} onChange={(e) => set({ name: e.target.value })} data-autofocus />}
        </Field>
        <Field label="Sprint goal" error={errors.goal} hint="One or more sentences; Markdown is fine.">
          {(p) => <textarea {...p} rows={3} value={draft.goal} onChange={(e) => set({ goal: e.target.value })} />}
        </Field>
        <div className="row">
          <Field label="Start date" error={errors.startDate}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={draft.startDate}
                disabled={datesLocked}
                onChange={(e) => set({ startDate: e.target.value })}
              />
            )}
          </Field>
          <Field
            label="End date"
            error={errors.endDate}
            hint={datesLocked ? 'The dates of a started sprint are fixed.' : datesNote}
          >
            {(p) => (
              <input
                {...p}
                type="date"
                value={draft.endDate}
                disabled={datesLocked}
                onChange={(e) => set({ endDate: e.target.value })}
              />
            )}
          </Field>
        </div>
        <FormError message={errors.form} />
        <DialogActions confirm={submitLabel} onCancel={unsaved.leave} busy={busy} />
      </form>
      {unsaved.question}
    </Modal>
  );
}
