import { useState } from 'react';

interface DialogActionsProps {
  /** The main button's text, saying what it does ("Create item", "Start sprint"). */
  confirm: string;
  /**
   * Called by the main button; without it the button submits the form the actions are in. When it answers a
   * promise (a save on its way), the button is busy until it settles: a second press cannot save twice.
   */
  onConfirm?: () => unknown;
  /** Without it there is no Cancel button (a form that is always shown). */
  onCancel?: (() => void) | undefined;
  /** The Cancel button's text, where "Cancel" would not say what it does ("Keep editing"). */
  cancel?: string;
  /**
   * While saving: the main button ignores presses, so a second one cannot save twice. It keeps the
   * focus (aria-disabled, not disabled: a disabled button drops the focus to the page, and Escape and
   * Tab with it).
   */
  busy?: boolean;
  /** The button focused when the dialog opens (Modal focuses `[data-autofocus]`). */
  autoFocus?: 'confirm' | 'cancel';
  tone?: 'primary' | 'danger';
}

/** A dialog's or form's buttons, the same everywhere: Cancel, then the main action on the right. */
export function DialogActions({
  confirm,
  onConfirm,
  onCancel,
  cancel = 'Cancel',
  busy = false,
  autoFocus,
  tone = 'primary',
}: DialogActionsProps) {
  const [saving, setSaving] = useState(false);
  const waiting = busy || saving;
  const confirmed = () => {
    const answer = onConfirm?.();
    if (!(answer instanceof Promise)) return;
    setSaving(true);
    // Settled either way: a refusal is the caller's to show, in the dialog that stays open.
    void answer.then(
      () => setSaving(false),
      () => setSaving(false),
    );
  };
  return (
    <div className="actions">
      {onCancel ? (
        <button type="button" onClick={onCancel} data-autofocus={autoFocus === 'cancel' || undefined}>
          {cancel}
        </button>
      ) : null}
      <button
        type={onConfirm ? 'button' : 'submit'}
        className={tone}
        aria-disabled={waiting || undefined}
        onClick={(event) => {
          if (waiting) event.preventDefault();
          else confirmed();
        }}
        data-autofocus={autoFocus === 'confirm' || undefined}
      >
        {confirm}
      </button>
    </div>
  );
}
