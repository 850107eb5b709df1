import { useLayoutEffect, type RefObject } from 'react';

/**
 * Lets React move a list's children without taking them out of the document (Element.moveBefore,
 * Chromium 133+). React moves a keyed child with insertBefore or appendChild, which removes it first:
 * a moved row that held the focus lost it, and React gave it back in the commit by reading the scroll
 * position of every ancestor (a forced layout), calling focus() and writing the positions back. Moved
 * atomically, the row keeps its focus and none of that runs. Returns the undo, for the effect's cleanup.
 */
export function moveChildrenAtomically(parent: Element): () => void {
  if (typeof parent.moveBefore !== 'function') return () => undefined;
  const move = <T extends Node>(node: T, before: Node | null, fallback: () => T): T => {
    if (node.parentNode !== parent) return fallback();
    try {
      parent.moveBefore(node, before);
      return node;
    } catch {
      // A move the browser cannot make keep state (another document): the ordinary way.
      return fallback();
    }
  };
  Object.defineProperties(parent, {
    insertBefore: {
      configurable: true,
      value: <T extends Node>(node: T, before: Node | null): T =>
        move(node, before, () => Node.prototype.insertBefore.call(parent, node, before) as T),
    },
    appendChild: {
      configurable: true,
      value: <T extends Node>(node: T): T => move(node, null, () => Node.prototype.appendChild.call(parent, node) as T),
    },
  });
  return () => {
    Reflect.deleteProperty(parent, 'insertBefore');
    Reflect.deleteProperty(parent, 'appendChild');
  };
}

/** The list behind `ref` moves its children atomically while it is mounted (see moveChildrenAtomically). */
export function useAtomicMoves(ref: RefObject<Element | null>): void {
  useLayoutEffect(() => (ref.current ? moveChildrenAtomically(ref.current) : undefined), [ref]);
}
