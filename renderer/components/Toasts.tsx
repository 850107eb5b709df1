import { useEffect } from 'react';
import { useAppStore } from '../store';
import type { Toast } from '../store/slices/ui';

/** Success notes fade quickly; errors and offers (Undo) stay long enough to act on. */
const LIFETIME_MS: Record<Toast['kind'], number> = { success: 4000, info: 10000, error: 15000 };

function ToastView({ toast, shown }: { toast: Toast; shown: boolean }) {
  const dismiss = useAppStore((s) => s.dismissToast);
  const reportError = useAppStore((s) => s.reportError);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), LIFETIME_MS[toast.kind]);
    return () => clearTimeout(timer);
  }, [dismiss, toast.id, toast.kind]);
  return (
    <li className={`toast toast--${toast.kind}`} hidden={!shown}>
      <span className="toast__message" title={toast.message}>
        {toast.message}
      </span>
      {toast.action ? (
        <button
          type="button"
          onClick={() => {
            dismiss(toast.id);
            Promise.resolve(toast.action?.run()).catch(reportError);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button type="button" className="quiet" aria-label="Dismiss" title="Dismiss" onClick={() => dismiss(toast.id)}>
        ✕
      </button>
    </li>
  );
}

/** The message the slot shows: the newest error while one is up (a later "Saved" must not hide it), else the newest. */
function shownToast(toasts: readonly Toast[]): Toast | undefined {
  return toasts.findLast((t) => t.kind === 'error') ?? toasts.at(-1);
}

/**
 * Messages about what just happened, announced politely to screen readers. They live in a slot the
 * sticky header keeps for them, so they never cover a control; the slot holds one message (older ones
 * still run out their time, and show again if the one shown is dismissed first).
 */
export function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  const shown = shownToast(toasts);
  return (
    <section className="toasts" aria-label="Notifications" aria-live="polite">
      <ul>
        {toasts.map((t) => (
          <ToastView key={t.id} toast={t} shown={t === shown} />
        ))}
      </ul>
    </section>
  );
}
