import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react';
import { useAppStore } from '../store';
import type { Toast } from '../store/slices/ui';

/** Success notes fade quickly; errors and offers (Undo) stay long enough to act on. */
const LIFETIME_MS: Record<Toast['kind'], number> = { success: 4000, info: 10000, error: 15000 };

interface ToastViewProps {
  toast: Toast;
  shown: boolean;
  /** Called before the toast goes away: the focus, if it is on the toast, goes back to the page. */
  onLeave: () => void;
}

function ToastView({ toast, shown, onLeave }: ToastViewProps) {
  const dismiss = useAppStore((s) => s.dismissToast);
  const reportError = useAppStore((s) => s.reportError);
  // A message with the focus on it does not run out: the person is reading it or about to act on it.
  const [focused, setFocused] = useState(false);
  const leave = useCallback(() => {
    onLeave();
    dismiss(toast.id);
  }, [dismiss, onLeave, toast.id]);
  useEffect(() => {
    if (focused) return;
    const timer = setTimeout(leave, LIFETIME_MS[toast.kind]);
    return () => clearTimeout(timer);
  }, [leave, toast.kind, focused]);
  const onBlur = (event: FocusEvent<HTMLLIElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
  };
  return (
    <li className={`toast toast--${toast.kind}`} hidden={!shown} onFocus={() => setFocused(true)} onBlur={onBlur}>
      <span className="toast__message" title={toast.message}>
        {toast.message}
      </span>
      {toast.action ? (
        <button
          type="button"
          onClick={() => {
            leave();
            Promise.resolve(toast.action?.run()).catch(reportError);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button type="button" className="quiet" aria-label="Dismiss" title="Dismiss" onClick={leave}>
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
  const slot = useRef<HTMLElement>(null);
  // Where the focus was before it came to a message (a row's button): it goes back there when the message
  // it is on goes away (Undo, Dismiss, or running out), never to the page's body.
  const cameFrom = useRef<HTMLElement | null>(null);
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (!event.currentTarget.contains(from)) cameFrom.current = from instanceof HTMLElement ? from : null;
  };
  // One function for the toasts' lifetimes (their timers restart when it changes); it reads only refs.
  const onLeave = useCallback(() => {
    if (!slot.current?.contains(document.activeElement)) return;
    const back = cameFrom.current?.isConnected ? cameFrom.current : document.getElementById('main');
    back?.focus();
  }, []);
  return (
    <section ref={slot} className="toasts" aria-label="Notifications" aria-live="polite" onFocus={onFocus}>
      <ul>
        {toasts.map((t) => (
          <ToastView key={t.id} toast={t} shown={t === shown} onLeave={onLeave} />
        ))}
      </ul>
    </section>
  );
}
