import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react';
import { isModalOpen, isTypingTarget } from '../app/keyboard';
import { useAppStore } from '../store';
import type { Toast } from '../store/slices/ui';

/** Success notes fade quickly; errors and offers (Undo) stay long enough to act on. */
const LIFETIME_MS: Record<Toast['kind'], number> = { success: 4000, info: 10000, error: 15000 };

/** The key that undoes what the shown message reports, as the shortcuts list and the button name it. */
export const UNDO_KEYS = 'Ctrl+Z';

/**
 * Ctrl+Z (⌘Z on a Mac) outside a text field and a dialog: a text field keeps its own undo, and a dialog
 * its keys (the page behind it does not change).
 */
function isUndoKey(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'z' &&
    !isTypingTarget(event.target) &&
    !isModalOpen()
  );
}

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
  const undo = toast.undo;
  const runUndo = useCallback(() => {
    if (!undo) return;
    leave();
    Promise.resolve(undo.run()).catch(reportError);
  }, [undo, leave, reportError]);
  // The message on show takes Ctrl+Z: the facilitator undoes without leaving the row they are on.
  useEffect(() => {
    if (!shown || !undo) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isUndoKey(event)) return;
      event.preventDefault();
      runUndo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown, undo, runUndo]);
  return (
    <li className={`toast toast--${toast.kind}`} hidden={!shown} onFocus={() => setFocused(true)} onBlur={onBlur}>
      <span className="toast__message" title={toast.message}>
        {toast.message}
      </span>
      {undo ? (
        <button type="button" aria-keyshortcuts="Control+Z Meta+Z" onClick={runUndo}>
          {undo.label} <kbd aria-hidden="true">{UNDO_KEYS}</kbd>
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
