import { isModalOpen, isTypingTarget } from '../../app/keyboard';

/** True when a single-key screen shortcut may act on this key press. */
export function shortcutAllowed(event: KeyboardEvent): boolean {
  // A held key repeats: N held a moment too long passed over the next speakers, A added minutes.
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return false;
  return !isTypingTarget(event.target) && !isModalOpen();
}

/** Space on a focused button, link, checkbox or radio belongs to that control (it presses or ticks it), not to a shortcut. */
export function isControlTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('button, a, summary, input, [role="tab"], [role="checkbox"], [role="radio"], [role="switch"]') !==
      null
  );
}

export const STANDUP_KEYS = {
  pause: 'P',
  next: 'N',
  skip: 'S',
  addTime: 'A',
  end: 'E',
  note: 'U',
  blocker: 'B',
  parking: 'L',
} as const;

export const BOARD_KEYS = { interrupt: 'I' } as const;
