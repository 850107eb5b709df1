import { useState } from 'react';
import type { ZodType } from 'zod';
import { messageOf } from '../../api/errors';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { Modal } from '../../components/Modal';
import { useSubmitOnce } from '../../components/use-submit-once';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { useCopyKept } from './use-copy-kept';

/** The text field's label of a blocker and of a parked topic, in the form that adds one and the one that edits it. */
export const BLOCKER_TEXT_LABEL = 'What is blocked, and on what';
export const TOPIC_TEXT_LABEL = 'Topic to discuss after standup';

/**
 * The submit of a standup form around one text (a note, a blocker, a topic): the text is checked with the schema
 * the api checks it with, so empty or too long text gets the field's message and stays in the field; a refusal by
 * the api is the form's message, the dialog open with what was typed; once saved, the dialog closes.
 */
export function useTextSubmit(
  schema: ZodType<string>,
  text: string,
  save: (text: string) => Promise<unknown>,
  onClose: () => void,
) {
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | undefined>();
  const { busy, once } = useSubmitOnce();
  const submit = once(async () => {
    const parsed = schema.safeParse(text);
    setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (!parsed.success) return;
    setFormError(undefined);
    try {
      await save(parsed.data);
      onClose();
    } catch (err) {
      setFormError(messageOf(err));
    }
  });
  return { error, formError, busy, submit };
}

interface TextEditDialogProps {
  /** The dialog's title ("Edit blocker"). */
  title: string;
  /** The field's label, as the form that added the text names it. */
  label: string;
  schema: ZodType<string>;
  /** The text as stored. */
  text: string;
  /** What is edited, for the question before changes are dropped ("the blocker"). */
  what: string;
  /** The save button's text ("Save blocker"). */
  confirm: string;
  save: (text: string) => Promise<unknown>;
  onClose: () => void;
  /**
   * What it edits can no longer be changed (a note of a standup another window ended): the dialog says `message` and
   * offers `copy` ("Copy note") and Close in place of saving, so the words typed are kept.
   */
  cannotSave?: { message: string; copy: string } | undefined;
}

/**
 * Corrects one stored text (a standup's note, a blocker, a parked topic). Unchanged text closes without a save;
 * Cancel or Escape after a change asks first. Closing hands the focus back to the Edit button that opened it (the
 * Modal's opener).
 */
export function TextEditDialog({
  title,
  label,
  schema,
  text: stored,
  what,
  confirm,
  save,
  onClose,
  cannotSave,
}: TextEditDialogProps) {
  const [text, setText] = useState(stored);
  const { error, formError, busy, submit } = useTextSubmit(
    schema,
    text,
    (valid) => (valid === stored ? Promise.resolve() : save(valid)),
    onClose,
  );
  const kept = useCopyKept(what);
  const unsaved = useUnsavedChanges(text !== stored && text !== kept.copied, what, onClose);
  return (
    <>
      <Modal title={title} onClose={unsaved.leave}>
        <form onSubmit={cannotSave ? (event) => event.preventDefault() : submit} noValidate>
          {cannotSave ? (
            <p className="notice-box" role="status">
              {cannotSave.message}
            </p>
          ) : null}
          <Field label={label} error={error}>
            {(p) => (
              <textarea
                {...p}
                ref={kept.field}
                data-autofocus
                rows={3}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <FormError message={cannotSave ? kept.error : formError} />
          {cannotSave ? (
            <DialogActions
              confirm={cannotSave.copy}
              onConfirm={() => kept.copy(text)}
              onCancel={unsaved.leave}
              cancel="Close"
            />
          ) : (
            <DialogActions confirm={confirm} onCancel={unsaved.leave} busy={busy} />
          )}
        </form>
      </Modal>
      {unsaved.question}
    </>
  );
}
