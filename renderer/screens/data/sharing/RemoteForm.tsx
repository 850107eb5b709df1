import { useId, useState, type FormEvent } from 'react';
import { ApiCallError, messageOf } from '../../../api/errors';
import { Field } from '../../../components/Field';
import { fieldErrors, formLevelMessage } from '../../../components/form-errors';
import { FormError } from '../../../components/FormError';
import { useAppStore } from '../../../store';
import type { SyncFormInput } from '../../../store/slices/sync';

const AUTHOR_KEY = 'cadence.syncAuthor';

function rememberedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

/** What the name fields (share, join, change the author) say the name is for. */
export const AUTHOR_HINT = "The remote's history shows changes under this name.";

/** Keeps the name last given, so the next share or join form starts with it. */
export function rememberAuthor(author: string): void {
  try {
    localStorage.setItem(AUTHOR_KEY, author);
  } catch {
    // Storage can be unavailable (private mode); remembering the name is only a convenience.
  }
}

/** Where a token is kept, as the token fields say it. */
export function tokenHint(transport: string | undefined): string {
  return transport === 'electron'
    ? 'For an https remote that asks for one. Kept encrypted on this machine; never put in the address, the remote or an export.'
    : 'For an https remote that asks for one. Kept on this machine in a file only your account can read; never put in the address, the remote or an export.';
}

interface RemoteFormProps {
  title: string;
  intro: string;
  submitLabel: string;
  disabled: boolean;
  /** Sends the form; a refusal is thrown and shown on the form, with what was typed kept. */
  onSubmit: (input: SyncFormInput) => Promise<void>;
}

/** Remote, token and name: the Share form and the Join form are this one form. */
export function RemoteForm({ title, intro, submitLabel, disabled, onSubmit }: RemoteFormProps) {
  const transport = useAppStore((s) => s.status?.transport);
  const [remote, setRemote] = useState('');
  const [token, setToken] = useState('');
  const [author, setAuthor] = useState(rememberedAuthor);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const titleId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors({});
    try {
      const input = { remote, author, ...(token.trim() ? { token } : {}) };
      await onSubmit(input);
      rememberAuthor(author.trim());
      // Done with: the next share or join is to another remote (the joined team is listed and open now).
      setRemote('');
      setToken('');
    } catch (error) {
      const byField = error instanceof ApiCallError ? fieldErrors(error.issues) : {};
      setErrors({ ...byField, form: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sync-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
      <h4 id={titleId}>{title}</h4>
      <p className="muted">{intro}</p>
      <FormError message={formLevelMessage(errors)} />
      <Field
        label="Remote"
        error={errors.remote}
        hint="An https or ssh address (https://gitlab.example.com/ops/team.git, git@host:ops/team.git) or the folder of a bare repository (/mnt/shared/team.git)."
      >
        {(p) => (
          <input
            {...p}
            value={remote}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setRemote(e.target.value)}
          />
        )}
      </Field>
      <Field label="Token (optional)" error={errors.token} hint={tokenHint(transport)}>
        {(p) => (
          <input {...p} type="password" value={token} autoComplete="off" onChange={(e) => setToken(e.target.value)} />
        )}
      </Field>
      <Field label="Your name" error={errors.author} hint={AUTHOR_HINT}>
        {(p) => <input {...p} value={author} autoComplete="name" onChange={(e) => setAuthor(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={disabled} aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
