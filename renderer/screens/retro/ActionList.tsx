import { useState } from 'react';
import { ACTION_TYPE_NAMES, type RetroAction } from '../../../src/domain/retro/schema';
import { ActionForm } from './ActionForm';
import type { Topic } from '../../../src/domain/retro/voting';
import type { Member } from '../../../src/domain/team/schema';
import type { useRetroOp } from './use-retro';
import { formatDay } from '../../../src/domain/shared/dates';
import { onScreen } from '../../components/dates';
import { memberName } from '../../../src/domain/team/member-name';

interface ActionListProps {
  actions: readonly RetroAction[];
  members: readonly Member[];
  topics: readonly Topic[];
  op: ReturnType<typeof useRetroOp>;
}

export function ActionList({ actions, members, topics, op }: ActionListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  if (actions.length === 0) return <p className="muted">No action items yet.</p>;
  const owner = (id: string | null) => (id ? memberName(members, id) : 'Unassigned');
  const source = (id: string | null) =>
    id ? topics.find((t) => t.id === id || t.cards.some((c) => c.id === id))?.title : undefined;
  return (
    <ul className="action-list">
      {actions.map((a) => {
        const from = source(a.sourceId);
        if (editing === a.id) {
          return (
            <li key={a.id} className="action-item action-item--editing">
              <ActionForm
                idPrefix={`edit-${a.id}`}
                members={members}
                op={op}
                topics={topics}
                editing={{ action: a, onDone: () => setEditing(null) }}
              />
            </li>
          );
        }
        return (
          <li key={a.id} className="action-item">
            <span className="action-item__text">{a.text}</span>
            <span className="muted">
              {owner(a.ownerId)}
              {a.dueDate ? ` · due ${formatDay(a.dueDate, onScreen())}` : ''} · {ACTION_TYPE_NAMES[a.type]}
              {a.ticketKey ? ` · ${a.ticketKey}` : ''}
              {from ? ` · from “${from}”` : ''}
            </span>
            <button type="button" className="quiet" onClick={() => setEditing(a.id)}>
              <span aria-hidden="true">Edit</span>
              <span className="sr-only">Edit action {a.text}</span>
            </button>
            <button type="button" className="quiet" onClick={() => void op('deleteRetroAction', { actionId: a.id })}>
              <span aria-hidden="true">Delete action</span>
              <span className="sr-only">Delete action {a.text}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
