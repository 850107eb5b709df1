import type { Transform } from '@dnd-kit/utilities';

/**
 * A dragged or shifted element's place as a 2D translate, where dnd-kit's `CSS.Translate` writes
 * `translate3d`. A 3D transform gives the element a compositing layer of its own, and the rows it
 * overlaps theirs too: with software raster (no GPU) every new layer is drawn whole in the frame that
 * creates it, which set the frames of a drag's first moves. A 2D translate repaints the places the
 * element left and entered instead.
 */
export function flatTranslate(transform: Transform | null): string | undefined {
  if (!transform) return undefined;
  return `translate(${Math.round(transform.x)}px, ${Math.round(transform.y)}px)`;
}
