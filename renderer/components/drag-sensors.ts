import { PointerSensor, useSensor } from '@dnd-kit/core';

/**
 * The pointer starts a drag once it has moved 6 px, so a click on a card's or a row's buttons stays a click.
 *
 * The options are made once, here, not during render: dnd-kit compares a sensor's options by identity,
 * and options written inline gave the DndContext new activators on every render of its owner, which
 * rendered every draggable and droppable under it again (on the board, every drawn card on each move).
 */
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };

/** The pointer sensor of every drag in the app; pass it to `useSensors`. */
export function usePointerSensor() {
  return useSensor(PointerSensor, POINTER_OPTIONS);
}
