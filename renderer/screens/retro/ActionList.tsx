import { quote } from '../../../src/domain/shared/words';
import { useRef, useState } from 'react';
import { ACTION_STATUS_WORDS, ACTION_TYPE_NAMES, type Retro, type RetroAction } from '../../../src/domain/retro/schema';
import { ActionForm } from './ActionForm';
import type { Topic } from '../../../src/domain/retro/voting';
import type { Member } from '../../../src/domain/team/schema';
import type { useRetroOp } from './use-retro';
import { formatDay } from '../../../src/domain/shared/dates';
import { onScreen } from '../../components/dates';
import { memberName } from '../../../src/domain/team/member-name';
import { actionOwnerName } from '../../../src/domain/retro/people-words';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusSoon } from '../../components/focus-soon';
import { leaveAllowed } from '../../store/leave-guard';
import { neighbourOf } from '../../../src/domain/shared/neighbour';
import { useAppStore } from '../../store';

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
  /** The words in the list's place once it is empty. */
  const none = useRef<HTMLParagraphElement>(null);
  const pushToast = useAppStore((s) => s.pushToast);
  const rowOf = (actionId: string) => list.current?.querySelector(`[data-action-id="${CSS.escape(actionId)}"]`);
  const editButton = (actionId: string) => () => rowOf(actionId)?.querySelector('[data-edit-action]');
  /** The Add action button of the form beside the list, in what holds both (the list, or the words in its place). */
  const addButton = () =>
    [
      ...((list.current ?? none.current)?.parentElement?.querySelectorAll<HTMLButtonElement>('button[type="submit"]') ??
        []),
    ].find((b) => b.textContent === ADD_ACTION);

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
  /**
   * The focus once an action's row has changed: its own Edit button while the action is still listed; once its
   * row is gone (deleted, or linked to another topic in the Discuss phase, whose list shows one topic's actions),
   * the next action's Edit, else the one before, else the form's Add action. `gone` runs when it was not listed.
   */
  const focusOnOrAfter = (actionId: string, gone?: () => void) => {
    const neighbour = neighbourOf(actions, actionId);
    focusSoon(() => {
      const row = rowOf(actionId);
      // Still the open editor: the save has not been drawn yet.
      if (row) return row.querySelector('[data-edit-action]');
      const found = neighbour ? editButton(neighbour.id)() : addButton();
      if (found) gone?.();
      return found;
    });
  };
  const source = (id: string | null) =>
    id ? topics.find((t) => t.id === id || t.cards.some((c) => c.id === id))?.title : undefined;
  /** Where an action linked elsewhere is listed now, said when it leaves this topic's list. */
  const movedWords = (action: RetroAction) => {
    const to = source(action.sourceId);
    return to === undefined
      ? `${quote(action.text)} is no longer linked to a topic: the Actions phase lists it.`
      : `${quote(action.text)} is now an action of the topic ${quote(to)}.`;
  };
  const stopEditing = (actionId: string, saved?: Retro) => {
    setEditing(null);
    const action = saved?.actions.find((a) => a.id === actionId);
    // Linked to another topic, the action leaves this topic's list: the words say where it is now listed.
    focusOnOrAfter(actionId, action && (() => pushToast({ kind: 'info', message: movedWords(action) })));
  };
  const confirmDelete = (action: RetroAction) => {
    setDeleting(null);
    void op('deleteRetroAction', { actionId: action.id }).then((done) => {
      if (done) focusOnOrAfter(action.id);
    });
  };

  if (actions.length === 0) {
    return (
      <p ref={none} className="muted">
        No action items yet.
      </p>
    );
  }
  const owner = (id: string | null) => actionOwnerName(id, (known) => memberName(members, known));
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
                  editing={{ action: a, onDone: (saved) => stopEditing(a.id, saved) }}
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
                {from ? ` · from ${quote(from)}` : ''}
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
          title={`Delete the action ${quote(deleting.text)}?`}
          message="It is deleted with its owner, due date, ticket key and what later retros decided about it. This cannot be undone."
          confirmLabel="Delete action"
          onCancel={() => setDeleting(null)}
          onConfirm={() => confirmDelete(deleting)}
        />
      ) : null}
    </>
  );
}
