import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Readiness } from '../../../src/domain/backlog/readiness';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { plural, quote } from '../../../src/domain/shared/words';

/** A row's readiness button ("Not ready (2 missing)"), where the focus goes back to when the list closes. */
export const readinessButtonOf = (itemId: string): HTMLElement | null =>
  document.querySelector(`[data-item-id="${CSS.escape(itemId)}"] .readiness-chip`);

/** Its width: the list's, up to 30rem. */
const WIDTH = 'min(30rem, 100%)';

/**
 * Which item's missing entries a list shows, for one `MissingForReady` laid over the list's frame (`frameRef`):
 * `onShowMissing` (the same function each render) opens it below the row of the button pressed, or closes it when
 * it shows that item's already.
 */
export function useMissingForReady() {
  const frameRef = useRef<HTMLDivElement>(null);
  /** `left`: where the button pressed is in the frame (px). */
  const [missingOf, setMissingOf] = useState<{ id: string; left: number } | null>(null);
  const onShowMissing = useCallback((item: BacklogItem, button: HTMLElement) => {
    const frame = frameRef.current?.getBoundingClientRect();
    const left = frame ? button.getBoundingClientRect().left - frame.left : 0;
    setMissingOf((shown) => (shown?.id === item.id ? null : { id: item.id, left }));
  }, []);
  const closeMissing = useCallback(() => setMissingOf(null), []);
  return { frameRef, missingOf, onShowMissing, closeMissing };
}

interface MissingForReadyProps {
  item: BacklogItem;
  ready: Readiness;
  /** Where it is drawn in the list's frame, below its row (px). */
  top: number;
  left: number;
  /** Closes it (the same function each render). */
  onClose: () => void;
}

/**
 * What an item still misses from the Definition of Ready, opened from its row's readiness button and laid over
 * the list (the rows keep their one height). It takes the focus; Escape or Close closes it and gives the focus back
 * to the button; the focus or a press going elsewhere closes it too.
 */
export function MissingForReady({ item, ready, top, left, onClose }: MissingForReadyProps) {
  const box = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const listId = useId();

  useEffect(() => {
    box.current?.focus({ preventScroll: true });
  }, [item.id]);
  // A press outside (but on the row's button, which closes it itself) closes it where the press puts the focus.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (box.current?.contains(target) || readinessButtonOf(item.id)?.contains(target)) return;
      onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [item.id, onClose]);

  /** Escape and Close: the focus goes back to the row's readiness button. */
  const closeBack = () => {
    readinessButtonOf(item.id)?.focus();
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    closeBack();
  };
  const onBlur = (event: FocusEvent) => {
    const to = event.relatedTarget;
    // To a control outside (Tab, a click): the list closes. The row's button toggles it itself.
    if (to === null || box.current?.contains(to) || readinessButtonOf(item.id) === to) return;
    onClose();
  };

  const missing = ready.checks.filter((check) => !check.met);
  return (
    <div
      ref={box}
      className="missing-for-ready"
      role="dialog"
      aria-labelledby={headingId}
      aria-describedby={listId}
      tabIndex={-1}
      // Below the row, from the button's left, moved left as far as needed to stay within the list.
      style={{ top, width: WIDTH, left: `max(0px, min(${left}px, 100% - ${WIDTH}))` }}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <h3 id={headingId} className="missing-for-ready__title">
        {`Definition of Ready for ${quote(item.title)}`}
      </h3>
      <div id={listId}>
        {missing.length === 0 ? (
          <p>Nothing is missing: it is ready.</p>
        ) : (
          <>
            <p>
              {missing.length} of {plural(ready.checks.length, 'entry', 'entries')} missing:
            </p>
            <ul>
              {missing.map(({ entry }) => (
                <li key={entry.id}>{entry.text}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <button type="button" onClick={closeBack}>
        Close
      </button>
    </div>
  );
}
