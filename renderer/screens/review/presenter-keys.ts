import type { CliBlock, DemoSlot } from '../../../src/domain/review/schema';

/** Steps the first walkthrough of a slot that still has a command to show (or, going back, the last one shown). */
export function stepWalkthroughs(
  slot: DemoSlot,
  shown: Readonly<Record<string, number>>,
  by: 1 | -1,
): Record<string, number> | null {
  const clis = slot.blocks.filter((b): b is CliBlock => b.kind === 'cli');
  const target =
    by === 1
      ? clis.find((b) => (shown[b.id] ?? 0) < b.steps.length)
      : [...clis].reverse().find((b) => (shown[b.id] ?? 0) > 0);
  if (!target) return null;
  return { ...shown, [target.id]: (shown[target.id] ?? 0) + by };
}
