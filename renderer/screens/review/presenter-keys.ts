import type { CliBlock, DemoSlot } from '../../../src/domain/review/schema';

/** How many of a walkthrough's commands are shown: never more than it has (it may be shortened elsewhere meanwhile). */
export function shownOf(block: CliBlock, shown: Readonly<Record<string, number>>): number {
  return Math.min(shown[block.id] ?? 0, block.steps.length);
}

/** Steps the first walkthrough of a slot that still has a command to show (or, going back, the last one shown). */
export function stepWalkthroughs(
  slot: DemoSlot,
  shown: Readonly<Record<string, number>>,
  by: 1 | -1,
): Record<string, number> | null {
  const clis = slot.blocks.filter((b): b is CliBlock => b.kind === 'cli');
  const target =
    by === 1
      ? clis.find((b) => shownOf(b, shown) < b.steps.length)
      : [...clis].reverse().find((b) => shownOf(b, shown) > 0);
  if (!target) return null;
  return { ...shown, [target.id]: shownOf(target, shown) + by };
}

/** How much of the slot's height one ↓ scrolls once the commands are all shown. */
const SCROLL_SHARE = 0.8;

/** Scrolls the slot's box by most of its height, down (1) or up (-1). */
export function scrollSlot(box: HTMLElement | null, by: 1 | -1): void {
  box?.scrollBy({ top: by * box.clientHeight * SCROLL_SHARE });
}

/**
 * True for a key that a focused scroll box inside the slot (a diagram larger than the screen, a terminal with a
 * line wider than it) uses itself: its arrows scroll it rather than move slots or commands.
 */
export function scrollsItself(event: { key: string; target: EventTarget | null }): boolean {
  if (!event.key.startsWith('Arrow') || !(event.target instanceof HTMLElement)) return false;
  const box = event.target.closest<HTMLElement>('[data-scroll-box]');
  if (!box) return false;
  const sideways = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
  return sideways ? box.scrollWidth > box.clientWidth : box.scrollHeight > box.clientHeight;
}
