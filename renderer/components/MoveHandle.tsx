import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import type { KeyboardEvent } from 'react';

interface MoveHandleProps {
  /** Its accessible name, e.g. "Reorder Patch the bastion hosts". */
  label: string;
  /** Visible text after the grip; none where the handle is the grip alone (a board card). */
  text?: string;
  className?: string;
  /** dnd-kit's, from useDraggable or useSortable: the pointer drag starts here. */
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  activatorRef: (node: HTMLElement | null) => void;
  /** Picked up by the keyboard move (components/keyboard-move.ts), where there is one. */
  held?: boolean;
  /** Space, arrows and Escape of the keyboard move, where the owner has one of its own (it replaces dnd-kit's keys). */
  onKeyDown?: (event: KeyboardEvent) => void;
  onBlur?: () => void;
}

/** The handle a row or card is moved by: with the pointer (dnd-kit) or the keyboard (Space, arrows, Space). */
export function MoveHandle({
  label,
  text,
  className,
  attributes,
  listeners,
  activatorRef,
  held,
  onKeyDown,
  onBlur,
}: MoveHandleProps) {
  return (
    <button
      type="button"
      className={className ? `drag-handle ${className}` : 'drag-handle'}
      ref={activatorRef}
      {...attributes}
      {...listeners}
      aria-pressed={held === true || attributes['aria-pressed']}
      // A handle with a keyboard move of its own takes its keys; else dnd-kit's keyboard sensor (in the
      // listeners) picks the row up with Space, as the review's agenda does.
      {...(onKeyDown ? { onKeyDown } : {})}
      {...(onBlur ? { onBlur } : {})}
      aria-label={label}
    >
      <span aria-hidden="true">⠿</span>
      {text === undefined ? null : ` ${text}`}
    </button>
  );
}
