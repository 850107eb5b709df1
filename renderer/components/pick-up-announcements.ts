import { useRef } from 'react';
import type { Announcements } from '@dnd-kit/core';

/**
 * A sortable list's drag announcements with the pick-up's own words kept. dnd-kit tells where the item is
 * over as soon as it is picked up, and an item starts over its own place, so "is over position 3" replaced
 * "Picked up …, use the arrow keys …" in the live region before a screen reader had read it. The first
 * "over" after a pick-up is left unsaid when it is the item's own place; every later one is said, its own
 * place again included.
 */
export function usePickUpKept(announcements: Announcements): Announcements {
  const justPickedUp = useRef(false);
  return {
    ...announcements,
    onDragStart: (event) => {
      justPickedUp.current = true;
      return announcements.onDragStart(event);
    },
    onDragOver: (event) => {
      const first = justPickedUp.current;
      justPickedUp.current = false;
      return first && event.over?.id === event.active.id ? undefined : announcements.onDragOver(event);
    },
  };
}
