import { useEffect } from 'react';
import { useAppStore } from '../store';
import type { Toast } from '../store/slices/ui';

/** Success notes fade quickly; errors and offers (Undo) stay long enough to act on. */
const LIFETIME_MS: Record<Toast['kind'], number> = { success: 4000, info: 10000, error: 15000 };

function ToastView({ toast }: { toast: Toast }) {
  const dismiss = useAppStore((s) => s.dismissToast);
  const reportError = useAppStore((s) => s.reportError);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), LIFETIME_MS[toast.kind]);
    return () => clearTimeout(timer);
  }, [dismiss, toast.id, toast.kind]);
  return (
    <li className={`toast toast--${toast.kind}`}>
      <span>{toast.message}</span>
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
      <button type="button" className="quiet" onClick={() => dismiss(toast.id)}>
        Dismiss
      </button>
    </li>
  );
}

/** Messages about what just happened, announced politely to screen readers. */
export function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  return (
    <section className="toasts" aria-label="Notifications" aria-live="polite">
      <ul>
        {toasts.map((t) => (
          <ToastView key={t.id} toast={t} />
        ))}
      </ul>
    </section>
  );
}
