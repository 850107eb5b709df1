import { useRef, useState } from 'react';
import { ACTION_STATUS_WORDS, ACTION_TYPE_NAMES, type RetroAction } from '../../../src/domain/retro/schema';
import { ActionForm } from './ActionForm';
import type { Topic } from '../../../src/domain/retro/voting';
import type { Member } from '../../../src/domain/team/schema';
import type { useRetroOp } from './use-retro';
import { formatDay } from '../../../src/domain/shared/dates';
import { onScreen } from '../../components/dates';
import { memberName } from '../../../src/domain/team/member-name';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusSoon } from '../../components/focus-soon';
import { leaveAllowed } from '../../store/leave-guard';
import { neighbourOf } from '../../../src/domain/shared/neighbour';

interface ActionListProps {
  actions: readonly RetroAction[];
  members: readonly Member[];
  topics: readonly Topic[];
  op: ReturnType<typeof useRetroOp>;
}

/** The label of the form's submit button for a new action, beside the list: where the focus goes when the list empties. */
const ADD_ACTION = 'Add action';

export function ActionList({ actions, members, topics, op }: ActionListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<RetroAction | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const editButton = (actionId: string) => () =>
    list.current?.querySelector(`[data-action-id="${CSS.escape(actionId)}"] [data-edit-action]`);
  /** The Add action button of the form beside the list, in `holder` (what holds both; it stays when the list empties). */
  const addButton = (holder: Element | null | undefined) => () =>
    [...(holder?.querySelectorAll<HTMLButtonElement>('button[type="submit"]') ?? [])].find(
      (b) => b.textContent === ADD_ACTION,
    );

  /**
   * The form's first field (the action's text) takes the focus when editing starts; its Edit button, when it ends.
   * Another action's Edit while one is open: the open one closes first (asking, when it holds changes).
   */
  const startEditing = (actionId: string) => {
    const open = () => {
      setEditing(actionId);
      focusSoon(() => list.current?.querySelector(`[data-action-id="${CSS.escape(actionId)}"] form input`));
    };
    if (leaveAllowed(open, 'editor')) open();
  };
  const stopEditing = (actionId: string) => {
    setEditing(null);
    focusSoon(editButton(actionId));
  };
  const confirmDelete = (action: RetroAction) => {
    // The next action's Edit takes the focus, else the one before, else the form's Add action.
    const neighbour = neighbourOf(actions, action.id);
    const holder = list.current?.parentElement;
    setDeleting(null);
    void op('deleteRetroAction', { actionId: action.id }).then((done) => {
      if (done) focusSoon(neighbour ? editButton(neighbour.id) : addButton(holder));
    });
  };

  if (actions.length === 0) return <p className="muted">No action items yet.</p>;
  const owner = (id: string | null) => (id ? memberName(members, id) : 'Unassigned');
  const source = (id: string | null) =>
    id ? topics.find((t) => t.id === id || t.cards.some((c) => c.id === id))?.title : undefined;
  return (
    <>
      <ul ref={list} className="action-list">
        {actions.map((a) => {
          const from = source(a.sourceId);
          // Done or dropped by a later retro: in the words the exports write after an action's details.
          const status = ACTION_STATUS_WORDS[a.status];
          if (editing === a.id) {
            return (
              // Escape and Cancel close the form (ActionForm), asking first when something was changed.
              <li key={a.id} className="action-item action-item--editing" data-action-id={a.id}>
                <ActionForm
                  idPrefix={`edit-${a.id}`}
                  members={members}
                  op={op}
                  topics={topics}
                  editing={{ action: a, onDone: () => stopEditing(a.id) }}
                />
              </li>
            );
          }
          return (
            <li key={a.id} className="action-item" data-action-id={a.id}>
              <span className="action-item__text">{a.text}</span>
              <span className="muted">
                {owner(a.ownerId)}
                {a.dueDate ? ` · due ${formatDay(a.dueDate, onScreen())}` : ''} · {ACTION_TYPE_NAMES[a.type]}
                {a.ticketKey ? ` · ${a.ticketKey}` : ''}
                {from ? ` · from “${from}”` : ''}
                {status ? ` · ${status}` : ''}
              </span>
              <button type="button" className="quiet" data-edit-action onClick={() => startEditing(a.id)}>
                <span aria-hidden="true">Edit</span>
                <span className="sr-only">Edit action {a.text}</span>
              </button>
              <button type="button" className="quiet" onClick={() => setDeleting(a)}>
                <span aria-hidden="true">Delete action</span>
                <span className="sr-only">Delete action {a.text}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {deleting ? (
        <ConfirmDialog
          title={`Delete the action "${deleting.text}"?`}
          message="It is deleted with its owner, due date, ticket key and what later retros decided about it. This cannot be undone."
          confirmLabel="Delete action"
          onCancel={() => setDeleting(null)}
          onConfirm={() => confirmDelete(deleting)}
        />
      ) : null}
    </>
  );
}
