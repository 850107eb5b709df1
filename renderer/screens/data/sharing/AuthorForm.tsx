import { useEffect, useId, useRef, useState } from 'react';
import { ApiCallError, messageOf } from '../../../api/errors';
import { DialogActions } from '../../../components/DialogActions';
import { escapeLeaves } from '../../../components/escape-leaves';
import { Field } from '../../../components/Field';
import { fieldErrors } from '../../../components/form-errors';
import { FormError } from '../../../components/FormError';
import { useSubmitOnce } from '../../../components/use-submit-once';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { useAppStore } from '../../../store';
import { AUTHOR_HINT, rememberAuthor } from './RemoteForm';

interface AuthorFormProps {
  teamId: string;
  teamName: string;
  /** The name commits are made under now: the field starts with it. */
  author: string;
  /** What changed, in a sentence. */
  onDone: (text: string) => void;
  onCancel: () => void;
}

/**
 * Another name for a shared team's later commits, checked as the Share form's name is; a refusal keeps what was typed.
 * A name changed and not saved is not dropped by Cancel, Escape or a switch of screen or team without a question.
 */
export function AuthorForm({ teamId, teamName, author, onDone, onCancel }: AuthorFormProps) {
  const setSyncAuthor = useAppStore((s) => s.setSyncAuthor);
  const [name, setName] = useState(author);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, once } = useSubmitOnce();
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  // Measured against the name the form opened with: a sync meanwhile may change the one stored.
  const [opened] = useState(author);
  const unsaved = useUnsavedChanges(name !== opened, "the author's name", onCancel);

  useEffect(() => input.current?.focus(), []);

  const submit = once(async () => {
    setErrors({});
    try {
      const status = await setSyncAuthor(teamId, name);
      rememberAuthor(status.author);
      onDone(`Commits for ${teamName} are now made as “${status.author}”.`);
    } catch (error) {
      // One field: a refusal of the name is said under it, once; anything else above the form.
      const byField = error instanceof ApiCallError ? fieldErrors(error.issues) : {};
      setErrors(byField.author ? byField : { form: messageOf(error) });
    }
  });

  return (
    <>
      <form
        className="sync-form"
        onSubmit={(e) => void submit(e)}
        onKeyDown={escapeLeaves(unsaved.leave)}
        noValidate
        aria-labelledby={titleId}
      >
        <h4 id={titleId}>Change the author</h4>
        <p className="muted">Commits already made keep their name; this machine&apos;s next ones use the new one.</p>
        <FormError message={errors.form} />
        <Field label="Your name" error={errors.author} hint={AUTHOR_HINT}>
          {(p) => (
            <input {...p} ref={input} value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <DialogActions confirm="Save author" onCancel={unsaved.leave} busy={busy} />
      </form>
      {/* Outside the form: the question's own Escape (Keep editing) must not reach the form's. */}
      {unsaved.question}
    </>
  );
}
