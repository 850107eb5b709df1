import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { enabledControlsIn, FOCUSABLE } from './focusable';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

/** The open modals, newest last: Escape closes the newest one wherever the focus is. */
const openModals: object[] = [];

/** While a modal is open the rest of the app is inert: no focus, no clicks, hidden from assistive tech. */
function setAppInert(inert: boolean): void {
  const root = document.getElementById('root');
  if (!root) return;
  if (inert) root.setAttribute('inert', '');
  else root.removeAttribute('inert');
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
    setAppInert(true);
    const previous = document.activeElement as HTMLElement | null;
    const node = ref.current;
    const first = node?.querySelector<HTMLElement>('[data-autofocus]') ?? node?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
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
        if (event.shiftKey && document.activeElement === head) {
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
      if (openModals.length === 0) setAppInert(false);
      previous?.focus?.();
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
