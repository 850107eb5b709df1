import { useState } from 'react';
import { ScopeReasonSchema } from '../../../src/domain/planning/inputs';
import { messageOf } from '../../api/errors';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { FormError } from '../../components/FormError';
import { DialogActions } from '../../components/DialogActions';
import { useSubmitOnce } from '../../components/use-submit-once';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { quote } from '../../../src/domain/shared/words';

interface ScopeChangeDialogProps {
  action: 'add' | 'remove';
  itemTitle: string;
  sprintName: string;
  onConfirm: (why: { reason: string; planned: boolean }) => Promise<void>;
  onClose: () => void;
}

/**
 * After the start, adding or removing an item is a scope change: ask why, and whether it was planned. A reason typed
 * in the meeting is not dropped by an Escape or a Cancel pressed by mistake: they ask first (useUnsavedChanges).
 */
export function ScopeChangeDialog({ action, itemTitle, sprintName, onConfirm, onClose }: ScopeChangeDialogProps) {
  const [reason, setReason] = useState('');
  const [planned, setPlanned] = useState<boolean | null>(null);
  const [error, setError] = useState<Record<string, string>>({});
  // Enter pressed twice would move the item twice: the second call finds it moved already ("… is not in a sprint").
  const { busy, once } = useSubmitOnce();
  const unsaved = useUnsavedChanges(reason.trim() !== '', `the scope change of ${quote(itemTitle)}`, onClose);

  const submit = async () => {
    const parsed = ScopeReasonSchema.safeParse({ reason, planned: planned ?? undefined });
    if (!parsed.success) {
      const out: Record<string, string> = {};
      for (const i of parsed.error.issues) out[String(i.path[0])] ??= i.message;
      setError(out);
      return;
    }
    try {
      await onConfirm(parsed.data);
    } catch (e) {
      setError({ form: messageOf(e) });
    }
  };

  const verb = action === 'add' ? 'Add' : 'Remove';
  return (
    <Modal
      title={`${verb} ${quote(itemTitle)} ${action === 'add' ? 'to' : 'from'} the started sprint`}
      onClose={unsaved.leave}
    >
      <p>{sprintName} has started, so this changes its scope. The change is logged with the time and your reason.</p>
      <form onSubmit={once(submit)} noValidate>
        <Field label="Reason" error={error.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} data-autofocus />}
        </Field>
        <fieldset aria-describedby={error.planned ? 'scope-planned-error' : undefined}>
          <legend>Was this change planned?</legend>
          <label className="radio">
            <input type="radio" name="planned" checked={planned === true} onChange={() => setPlanned(true)} /> Planned
            (agreed with the team)
          </label>
          <label className="radio">
            <input type="radio" name="planned" checked={planned === false} onChange={() => setPlanned(false)} />{' '}
            {/* Only work added as unplanned burns the buffer; an item taken out uses none of it. */}
            {action === 'add' ? 'Unplanned (interrupt; it uses the buffer)' : 'Unplanned (forced by an interrupt)'}
          </label>
          {error.planned ? (
            <p className="field__error" id="scope-planned-error" role="alert">
              {error.planned}
            </p>
          ) : null}
        </fieldset>
        <FormError message={error.form} />
        <DialogActions confirm={`${verb} item`} onCancel={unsaved.leave} busy={busy} />
      </form>
      {unsaved.question}
    </Modal>
  );
}
