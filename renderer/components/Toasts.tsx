import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
import { isModalOpen, isTypingTarget } from '../app/keyboard';
import { useAppStore } from '../store';
import type { Toast } from '../store/slices/ui';
import { STAYS_LIVE } from './Modal';

/** Success notes fade quickly; errors and offers (Undo) stay long enough to act on. */
const LIFETIME_MS: Record<Toast['kind'], number> = { success: 4000, info: 10000, error: 15000 };

/** How long a message shows: one that offers Undo (a success too: "Added … from team.ics") as long as an info. */
const lifetimeOf = (toast: Toast) => Math.max(LIFETIME_MS[toast.kind], toast.undo ? LIFETIME_MS.info : 0);

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
function useCutText(toastId: number | undefined) {
  const messageRef = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const text = messageRef.current;
    if (!text) return;
    const measure = () => setCut(text.scrollHeight > text.clientHeight + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(text);
    return () => observer.disconnect();
  }, [toastId]);
  return { cut, messageRef };
}

/**
 * Whether the message's buttons went to a line of their own under it (a slot too narrow for both on one line).
 * Such a message keeps to one line in a wide window (see app.css), so the header keeps its height; measured
 * whenever the slot's width or the buttons change.
 */
function useStacked(deps: readonly unknown[]) {
  const toastRef = useRef<HTMLDivElement>(null);
  const [stacked, setStacked] = useState(false);
  useLayoutEffect(() => {
    const toast = toastRef.current;
    const live = toast?.firstElementChild;
    const actions = toast?.lastElementChild;
    if (!toast || !(live instanceof HTMLElement) || !(actions instanceof HTMLElement) || live === actions) {
      setStacked(false);
      return;
    }
    const measure = () => setStacked(actions.offsetTop >= live.offsetTop + live.offsetHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(toast);
    observer.observe(actions);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what changes the buttons
  }, deps);
  return { stacked, toastRef };
}

/** Runs out a message's time, shown or waiting behind another; paused, it waits. Renders nothing. */
function ToastClock({ toast, paused }: { toast: Toast; paused: boolean }) {
  const dismiss = useAppStore((s) => s.dismissToast);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismiss(toast.id), lifetimeOf(toast));
    return () => clearTimeout(timer);
  }, [dismiss, toast, paused]);
  return null;
}

interface ShownToastProps {
  /** The message on show; none leaves the slot empty, its live region waiting for the next one. */
  toast: Toast | undefined;
  /** Opened to be read whole ("Read all"). */
  open: boolean;
  onToggleOpen: () => void;
  /** Takes the message away (Undo, Dismiss); the focus, if it is on the message, goes back to the page. */
  onLeave: (id: number) => void;
}

function ShownToast({ toast, open, onToggleOpen, onLeave }: ShownToastProps) {
  const reportError = useAppStore((s) => s.reportError);
  const { cut, messageRef } = useCutText(toast?.id);
  const messageId = useId();
  const undo = toast?.undo;
  const { stacked, toastRef } = useStacked([toast?.id, cut, open, Boolean(undo)]);
  const runUndo = useCallback(() => {
    if (!toast || !undo) return;
    onLeave(toast.id);
    Promise.resolve(undo.run()).catch(reportError);
  }, [toast, undo, onLeave, reportError]);
  // The message on show takes Ctrl+Z: the facilitator undoes without leaving the row they are on.
  useEffect(() => {
    if (!undo) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isUndoKey(event)) return;
      event.preventDefault();
      runUndo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, runUndo]);
  return (
    <div
      ref={toastRef}
      className={
        toast ? `toast toast--${toast.kind}${open ? ' toast--open' : ''}${stacked ? ' toast--stacked' : ''}` : undefined
      }
    >
      {/* The live region holds the words alone, so a screen reader says the message, not its buttons ("Read
          all" coming a moment later, "Show less" on a press); it stays in the page between messages, so the
          next one is heard, a dialog open or not (a modal leaves it out of what it makes inert). Each message is a
          new element in it: the same words twice are said twice. */}
      <span className="toast__live" aria-live="polite" {...STAYS_LIVE}>
        {toast ? (
          <span key={toast.id} ref={messageRef} id={messageId} className="toast__message" title={toast.message}>
            {toast.message}
          </span>
        ) : null}
      </span>
      {toast ? (
        <span className="toast__actions">
          {cut || open ? (
            <button
              type="button"
              className="quiet"
              aria-expanded={open}
              aria-controls={messageId}
              onClick={onToggleOpen}
            >
              {open ? 'Show less' : 'Read all'}
            </button>
          ) : null}
          {undo ? (
            <button type="button" aria-keyshortcuts="Control+Z Meta+Z" onClick={runUndo}>
              {undo.label} <kbd aria-hidden="true">{UNDO_KEYS}</kbd>
            </button>
          ) : null}
          <button
            type="button"
            className="quiet"
            aria-label="Dismiss"
            title="Dismiss"
            onClick={() => onLeave(toast.id)}
          >
            ✕
          </button>
        </span>
      ) : null}
    </div>
  );
}

/**
 * The message the slot shows: the newest error while one is up (a later "Saved" must not hide it), else the
 * newest; a message about another team than the open one waits until that team is open again.
 */
function shownToast(toasts: readonly Toast[], teamId: string | undefined): Toast | undefined {
  const here = toasts.filter((t) => t.teamId === undefined || t.teamId === teamId);
  return here.findLast((t) => t.kind === 'error') ?? here.at(-1);
}

/**
 * Messages about what just happened, announced politely to screen readers. They live in a slot the
 * sticky header keeps for them, so they never cover a control; the slot holds one message (older ones
 * still run out their time, and show again if the one shown is dismissed first).
 */
export function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  const teamId = useAppStore((s) => s.team?.id);
  const dismiss = useAppStore((s) => s.dismissToast);
  const shown = shownToast(toasts, teamId);
  const slot = useRef<HTMLElement>(null);
  // A message with the focus on it does not run out: the person is reading it or about to act on it.
  const [focused, setFocused] = useState(false);
  // The message the person opened to read whole: it stays until they close or dismiss it.
  const [openId, setOpenId] = useState<number | null>(null);
  // Where the focus was before it came to a message (a row's button): it goes back there when the message
  // it is on goes away (Undo, Dismiss), never to the page's body.
  const cameFrom = useRef<HTMLElement | null>(null);
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (!event.currentTarget.contains(from)) cameFrom.current = from instanceof HTMLElement ? from : null;
    setFocused(true);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
  };
  const onLeave = useCallback(
    (id: number) => {
      if (slot.current?.contains(document.activeElement)) {
        const back = cameFrom.current?.isConnected ? cameFrom.current : document.getElementById('main');
        back?.focus();
      }
      dismiss(id);
    },
    [dismiss],
  );
  const shownId = shown?.id ?? null;
  return (
    <section ref={slot} className="toasts" aria-label="Notifications" onFocus={onFocus} onBlur={onBlur}>
      {toasts.map((t) => (
        <ToastClock key={t.id} toast={t} paused={t.id === openId || (focused && t.id === shownId)} />
      ))}
      <ShownToast
        toast={shown}
        open={shownId !== null && shownId === openId}
        onToggleOpen={() => setOpenId((was) => (was === shownId ? null : shownId))}
        onLeave={onLeave}
      />
    </section>
  );
}
