import { MoveHandle } from '../../components/MoveHandle';
import { usePointerSensor } from '../../components/drag-sensors';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useAtomicMoves } from '../../components/atomic-moves';
import { useClosestCenterWithin } from '../../components/drop-within';
import { usePickUpKept } from '../../components/pick-up-announcements';
import type { DemoSlot } from '../../../src/domain/review/schema';
import { plural } from '../../../src/domain/shared/words';
import { flatTranslate } from '../../components/flat-translate';

interface AgendaListProps {
  slots: DemoSlot[];
  selectedId: string | null;
  presenterName: (id: string | null) => string;
  onSelect: (slotId: string) => void;
  onMove: (slotId: string, toIndex: number) => void;
}

/** Made once: dnd-kit compares sensor options by identity (see components/drag-sensors). */
const SORTABLE_KEYS = { coordinateGetter: sortableKeyboardCoordinates };

/** What a slot's row says: its place, title, presenter, timebox and blocks. */
function SlotSummary({ slot, index, presenter }: { slot: DemoSlot; index: number; presenter: string }) {
  return (
    <>
      <span className="agenda-row__index">{index + 1}.</span> <span className="agenda-row__title">{slot.title}</span>{' '}
      <span className="agenda-row__meta">
        {presenter || 'No presenter'} · {slot.timeboxMinutes} min · {plural(slot.blocks.length, 'block')}
        {slot.itemId ? '' : ' · free slot'}
      </span>
    </>
  );
}

/** The dragged slot's copy under the pointer (hidden from assistive tech: the live region says where it is). */
function DraggedSlot({ slot, index, presenter }: { slot: DemoSlot; index: number; presenter: string }) {
  return (
    <div className="agenda-row agenda-row--overlay drag-copy" aria-hidden="true">
      <span className="drag-handle button-look">⠿</span>
      <span className="agenda-row__open button-look">
        <SlotSummary slot={slot} index={index} presenter={presenter} />
      </span>
    </div>
  );
}

function AgendaRow({
  slot,
  index,
  selected,
  presenter,
  onSelect,
  onNudge,
}: {
  slot: DemoSlot;
  index: number;
  selected: boolean;
  presenter: string;
  onSelect: () => void;
  onNudge: (by: -1 | 1) => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: slot.id,
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onNudge(event.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <li
      ref={setNodeRef}
      data-slot-id={slot.id}
      className={`agenda-row${selected ? ' is-selected' : ''}${isDragging ? ' is-drag-source' : ''}`}
      style={{ transform: flatTranslate(transform), transition }}
      onKeyDown={onKeyDown}
    >
      <MoveHandle
        label={`Reorder ${slot.title}`}
        attributes={attributes}
        listeners={listeners}
        activatorRef={setActivatorNodeRef}
      />
      <button type="button" className="agenda-row__open" aria-pressed={selected} onClick={onSelect}>
        <SlotSummary slot={slot} index={index} presenter={presenter} />
      </button>
    </li>
  );
}

/** The demo agenda, reordered by drag (pointer or keyboard) or Alt+arrows. */
export function AgendaList({ slots, selectedId, presenterName, onSelect, onMove }: AgendaListProps) {
  const sensors = useSensors(usePointerSensor(), useSensor(KeyboardSensor, SORTABLE_KEYS));
  const indexOf = (id: string | number) => slots.findIndex((s) => s.id === id);
  const titleOf = (id: string | number) => slots.find((s) => s.id === id)?.title ?? 'slot';
  // A slot moved by Alt+arrows keeps the focus as it moves.
  const listRef = useRef<HTMLOListElement>(null);
  useAtomicMoves(listRef);
  const collisionDetection = useClosestCenterWithin(listRef);
  const announcements = usePickUpKept({
    onDragStart: ({ active }) =>
      `Picked up ${titleOf(active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over ? `${titleOf(active.id)} is over position ${indexOf(over.id) + 1}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `${titleOf(active.id)} dropped at position ${indexOf(over.id) + 1}.`
        : `${titleOf(active.id)} was let go away from the agenda and stays at position ${indexOf(active.id) + 1}.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  });
  // The slot being dragged: it stays in the list, dashed, where it would land, and its copy follows the
  // pointer; let go away from the list (no place under it) the copy is where it is, not the slot.
  const [activeId, setActiveId] = useState<string | null>(null);
  const onDragStart = ({ active }: DragStartEvent) => setActiveId(String(active.id));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    if (!over || active.id === over.id) return;
    onMove(String(active.id), indexOf(over.id));
  };
  const activeIndex = activeId === null ? -1 : indexOf(activeId);
  const active = slots[activeIndex];
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements }}
    >
      <SortableContext items={slots.map((s) => s.id)} strategy={verticalListSortingStrategy}>
        <ol ref={listRef} className="agenda" aria-label="Demo agenda in running order">
          {slots.map((slot, index) => (
            <AgendaRow
              key={slot.id}
              slot={slot}
              index={index}
              selected={slot.id === selectedId}
              presenter={presenterName(slot.presenterId)}
              onSelect={() => onSelect(slot.id)}
              // Alt+↑ on the first slot (Alt+↓ on the last) has nowhere to go: nothing is asked of the api.
              onNudge={(by) => {
                if (slots[index + by]) onMove(slot.id, index + by);
              }}
            />
          ))}
        </ol>
      </SortableContext>
      <DragOverlay dropAnimation={null}>
        {active ? (
          <DraggedSlot slot={active} index={activeIndex} presenter={presenterName(active.presenterId)} />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
