import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { enabledControlsIn, firstControlIn, isDrawn } from './focusable';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

/** The open modals, newest last: Escape closes the newest one wherever the focus is. */
const openModals: object[] = [];

/**
 * Marks the one element of the app a modal leaves out of what it makes inert: the notifications' live
 * region, so a message raised from the dialog (an error after Save) is still announced.
 */
export const STAYS_LIVE = { 'data-stays-live': '' } as const;

/** Gives back what `blockApp` made inert; set while a modal is open. */
let unblockApp: (() => void) | null = null;

/**
 * Openers that could not take the focus back when their modal closed, newest last: the page behind was still inert
 * for a modal closing in the same render (a form and its "Discard your changes?" question, closed together). The
 * last modal to close hands the focus to the newest of them still on the page when its own opener is gone.
 */
const waitingOpeners: HTMLElement[] = [];

/** Whether the focus is on the page itself: nothing focused, or the main region the focus rescue falls back to. */
function isPage(element: EventTarget | null): boolean {
  return element === null || element === document.body || (element instanceof HTMLElement && element.id === 'main');
}

/**
 * The key last pressed with the focus on the page itself, or null: a screen's single-key shortcut (I, N, ?)
 * opens its dialog from there, and the page is no place to give the focus back to when the dialog closes.
 */
let pageKey: string | null = null;
if (typeof window !== 'undefined') {
  window.addEventListener('keydown', (event) => (pageKey = isPage(event.target) ? event.key : null), true);
  window.addEventListener('pointerdown', () => (pageKey = null), true);
}

/**
 * Who takes the focus back for a dialog opened from the page itself: the control on the page that opens it by the
 * key that did (its `aria-keyshortcuts`, e.g. "Log interrupt" for I), else the page's main region.
 */
function standInFor(key: string | null): HTMLElement | null {
  const named = (el: HTMLElement) =>
    (el.getAttribute('aria-keyshortcuts') ?? '').split(' ').some((k) => k.toUpperCase() === key?.toUpperCase());
  const control = key
    ? [...document.querySelectorAll<HTMLElement>('[aria-keyshortcuts]')].find(
        (el) => named(el) && !el.hasAttribute('disabled') && !el.closest('[role="dialog"]') && isDrawn(el),
      )
    : undefined;
  return control ?? document.getElementById('main');
}

function giveFocusBack(opener: HTMLElement | null): void {
  opener?.focus?.();
  if (opener && document.activeElement !== opener) waitingOpeners.push(opener);
  if (openModals.length > 0) return;
  const waiting = waitingOpeners.splice(0).reverse();
  if (opener && document.activeElement === opener) return;
  for (const el of waiting) {
    el.focus();
    if (document.activeElement === el) return;
  }
}

/**
 * While a modal is open the rest of the app is inert: no focus, no clicks, hidden from assistive tech. All of
 * it but the element marked `STAYS_LIVE`, as an inert live region is not announced: what stands beside it and
 * beside each element around it is made inert, and so is what is added there while the modal is open.
 */
function blockApp(): () => void {
  const root = document.getElementById('root');
  if (!root) return () => undefined;
  const kept = root.querySelector('[data-stays-live]');
  const made: Element[] = [];
  const block = (node: Node) => {
    if (!(node instanceof Element) || node.hasAttribute('inert') || (kept && node.contains(kept))) return;
    node.setAttribute('inert', '');
    made.push(node);
  };
  const observer = new MutationObserver((changes) => changes.forEach((c) => c.addedNodes.forEach(block)));
  if (!kept) block(root);
  for (let box = kept; box && box !== root; box = box.parentElement) {
    const around = box.parentElement;
    if (!around) break;
    [...around.children].forEach(block);
    observer.observe(around, { childList: true });
  }
  return () => {
    observer.disconnect();
    made.forEach((node) => node.removeAttribute('inert'));
  };
}

/** A modal dialog: focus moves in, stays in (Tab wraps), Escape closes, focus returns on close. */
export function Modal({ title, onClose, children, wide = false }: ModalProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const self = {};
    openModals.push(self);
    unblockApp ??= blockApp();
    const previous = document.activeElement as HTMLElement | null;
    const fromPage = isPage(previous) ? { key: pageKey } : null;
    const node = ref.current;
    // With nothing in it to press yet (a step still reading), the dialog itself: not the inert page behind.
    (firstControlIn(node) ?? node)?.focus();
    // On the document, not the dialog: focus can end up on the page (a button that went away), and
    // Escape must still close the dialog the facilitator is looking at.
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || openModals[openModals.length - 1] !== self) return;
      event.stopPropagation();
      onCloseRef.current();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab' && node) {
        const items = enabledControlsIn(node);
        const [head, tail] = [items[0], items[items.length - 1]];
        if (!head || !tail) return;
        // The dialog itself has the focus when no control in it could keep it (useFocusRescue).
        if (event.shiftKey && (document.activeElement === head || document.activeElement === node)) {
          event.preventDefault();
          tail.focus();
        } else if (!event.shiftKey && document.activeElement === tail) {
          event.preventDefault();
          head.focus();
        }
      }
    };
    node?.addEventListener('keydown', onKey);
    document.addEventListener('keydown', onEscape);
    return () => {
      node?.removeEventListener('keydown', onKey);
      document.removeEventListener('keydown', onEscape);
      openModals.splice(openModals.indexOf(self), 1);
      if (openModals.length === 0) {
        unblockApp?.();
        unblockApp = null;
      }
      giveFocusBack(fromPage ? standInFor(fromPage.key) : previous);
    };
  }, []);

  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={ref}
        className={`modal${wide ? ' modal--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
