import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { messageOf } from '../../../api/errors';
import { DialogActions } from '../../../components/DialogActions';
import { escapeLeaves } from '../../../components/escape-leaves';
import { Field } from '../../../components/Field';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { useAppStore } from '../../../store';
import { tokenHint } from './RemoteForm';
import { reportText } from './sync-report';

interface TokenFormProps {
  teamId: string;
  /** The sync that followed, in a sentence. */
  onDone: (text: string) => void;
  onCancel: () => void;
}

/**
 * A new token for a shared team (an expired or revoked one is replaced); the team then syncs with it. A token typed
 * and not saved is not dropped by Cancel, Escape or a switch of screen or team without a question.
 */
export function TokenForm({ teamId, onDone, onCancel }: TokenFormProps) {
  const replace = useAppStore((s) => s.replaceSyncToken);
  const transport = useAppStore((s) => s.status?.transport);
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const unsaved = useUnsavedChanges(token !== '', 'the new token', onCancel);

  useEffect(() => input.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!token.trim()) {
      setError('Give the new token.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const report = await replace(teamId, token);
      onDone(`The new token is kept. ${reportText(report)}`);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <>
      <form
        className="sync-form"
        onSubmit={(e) => void submit(e)}
        onKeyDown={escapeLeaves(unsaved.leave)}
        noValidate
        aria-labelledby={titleId}
      >
        <h4 id={titleId}>Replace the token</h4>
        <Field label="New token" hint={tokenHint(transport)} error={error ?? undefined}>
          {(p) => (
            <input
              {...p}
              ref={input}
              type="password"
              value={token}
              autoComplete="off"
              onChange={(e) => setToken(e.target.value)}
            />
          )}
        </Field>
        <DialogActions confirm="Save the token and sync" onCancel={unsaved.leave} busy={busy} />
      </form>
      {/* Outside the form: the question's own Escape (Keep editing) must not reach the form's. */}
      {unsaved.question}
    </>
  );
}
