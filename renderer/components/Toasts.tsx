import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
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

/**
 * Whether the message is cut at the slot's two lines (measured on show and whenever its box changes size:
 * a window made narrower cuts a message that fitted), and the ref that marks the message's text.
 */
function useCutText(message: string, shown: boolean) {
  const messageRef = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const text = messageRef.current;
    if (!text || !shown) return;
    const measure = () => setCut(text.scrollHeight > text.clientHeight + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(text);
    return () => observer.disconnect();
  }, [message, shown]);
  return { cut, messageRef };
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
  const { cut, messageRef } = useCutText(toast.message, shown);
  // A message the person opened to read whole stays until they close or dismiss it.
  const [open, setOpen] = useState(false);
  const messageId = useId();
  const leave = useCallback(() => {
    onLeave();
    dismiss(toast.id);
  }, [dismiss, onLeave, toast.id]);
  useEffect(() => {
    if (focused || open) return;
    const timer = setTimeout(leave, LIFETIME_MS[toast.kind]);
    return () => clearTimeout(timer);
  }, [leave, toast.kind, focused, open]);
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
    <li
      className={`toast toast--${toast.kind}${open ? ' toast--open' : ''}`}
      hidden={!shown}
      onFocus={() => setFocused(true)}
      onBlur={onBlur}
    >
      <span ref={messageRef} id={messageId} className="toast__message" title={toast.message}>
        {toast.message}
      </span>
      <span className="toast__actions">
        {cut || open ? (
          <button
            type="button"
            className="quiet"
            aria-expanded={open}
            aria-controls={messageId}
            onClick={() => setOpen((was) => !was)}
          >
            {open ? 'Show less' : 'Read all'}
          </button>
        ) : null}
        {undo ? (
          <button type="button" aria-keyshortcuts="Control+Z Meta+Z" onClick={runUndo}>
            {undo.label} <kbd aria-hidden="true">{UNDO_KEYS}</kbd>
          </button>
        ) : null}
        <button type="button" className="quiet" aria-label="Dismiss" title="Dismiss" onClick={leave}>
          ✕
        </button>
      </span>
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
