import { usePointerSensor } from '../../components/drag-sensors';
import { DndContext, useDroppable, useSensors, type DragEndEvent } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import { readiness } from '../../../src/domain/backlog/readiness';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { TeamSettings } from '../../../src/domain/team/schema';
import { droppedFrom } from '../../../src/domain/planning/dropped';
import { sumPoints } from '../../../src/domain/planning/rules';
import type { Sprint } from '../../../src/domain/planning/schema';
import { PlanCard } from './PlanCard';
import { plural, pointsFigure } from '../../../src/domain/shared/words';

interface PlanBoardProps {
  backlog: BacklogItem[];
  sprintItems: BacklogItem[];
  sprintName: string;
  /**
   * The sprint's planned points and the unplanned work in it as it burns the buffer (plannedPointsNow,
   * bufferUsedPoints): the column adds neither into the other, as the meter beside it does not.
   */
  sprintPoints: { planned: number; unplanned: number };
  settings: TeamSettings;
  /** The team's sprints: a backlog card dropped at a close names the sprint it was dropped from. */
  sprints: readonly Pick<Sprint, 'id' | 'name' | 'state'>[];
  locked: boolean;
  onAdd: (item: BacklogItem) => void;
  onRemove: (item: BacklogItem) => void;
  /** Whether an item's move is on its way (its button is busy meanwhile). */
  moving: (itemId: string) => boolean;
  onEstimate: (item: BacklogItem) => void;
}

function Column({ id, title, count, children }: { id: string; title: string; count: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <section ref={setNodeRef} className={`plan-column${isOver ? ' is-over' : ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {title} <span className="badge">{count}</span>
      </h3>
      {children}
    </section>
  );
}

/** "3 items · 8 pts planned + 5 pts unplanned", or "2 items · 8 pts" while a column holds no unplanned work. */
function columnFigure(count: number, { planned, unplanned }: { planned: number; unplanned: number }): string {
  const points =
    unplanned > 0 ? `${pointsFigure(planned)} planned + ${pointsFigure(unplanned)} unplanned` : pointsFigure(planned);
  return `${plural(count, 'item')} · ${points}`;
}

/** The backlog on the left, the sprint on the right; drag between them, or use the buttons. */
export function PlanBoard(props: PlanBoardProps) {
  const {
    backlog,
    sprintItems,
    sprintName,
    sprintPoints,
    settings,
    sprints,
    locked,
    onAdd,
    onRemove,
    moving,
    onEstimate,
  } = props;
  const sensors = useSensors(usePointerSensor());
  const all = [...backlog, ...sprintItems];
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const item = all.find((i) => i.id === active.id);
    if (!item || !over) return;
    const from = active.data.current?.side;
    if (over.id === 'plan-sprint' && from === 'backlog') onAdd(item);
    if (over.id === 'plan-backlog' && from === 'sprint') onRemove(item);
  };
  const card = (item: BacklogItem, side: 'backlog' | 'sprint') => {
    const dropped = side === 'backlog' ? droppedFrom(item, sprints) : null;
    return (
      <PlanCard
        key={item.id}
        item={item}
        side={side}
        droppedFrom={dropped?.name ?? null}
        scale={settings.pointScale}
        ready={readiness(item, settings.definitionOfReady)}
        onMove={locked ? null : () => (side === 'backlog' ? onAdd(item) : onRemove(item))}
        moving={moving(item.id)}
        // Poker lists work still to do (not done), and a closed sprint's items keep the sizes its result recorded
        // (one dropped there too, until it is planned again).
        onEstimate={(locked && side === 'sprint') || dropped || item.status === 'done' ? null : () => onEstimate(item)}
      />
    );
  };
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <div className="plan-board">
        <Column
          id="plan-backlog"
          title="Backlog"
          count={columnFigure(backlog.length, { planned: sumPoints(backlog), unplanned: 0 })}
        >
          {backlog.length === 0 ? (
            <p className="empty">Nothing left in the backlog.</p>
          ) : (
            <ul className="plan-list" aria-label="Backlog items not in a sprint">
              {backlog.map((i) => card(i, 'backlog'))}
            </ul>
          )}
        </Column>
        <Column id="plan-sprint" title={sprintName} count={columnFigure(sprintItems.length, sprintPoints)}>
          {sprintItems.length === 0 ? (
            <p className="empty">Drag items here, or use “Add to sprint”.</p>
          ) : (
            <ul className="plan-list" aria-label={`Items in ${sprintName}`}>
              {sprintItems.map((i) => card(i, 'sprint'))}
            </ul>
          )}
        </Column>
      </div>
    </DndContext>
  );
}
