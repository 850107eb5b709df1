import { useState } from 'react';
import {
  ACTION_TYPES,
  ACTION_TYPE_NAMES,
  ActionFieldsSchema,
  type ActionType,
  type RetroAction,
} from '../../../src/domain/retro/schema';
import type { Topic } from '../../../src/domain/retro/voting';
import { FORMER_MEMBER } from '../../../src/domain/team/member-name';
import type { Member } from '../../../src/domain/team/schema';
import { fieldErrors } from '../../components/form-errors';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';
import { focusSoon } from '../../components/focus-soon';
import type { useRetroOp } from './use-retro';
import { MemberOptions, NamedOptions } from '../../components/Options';

interface ActionFormProps {
  idPrefix: string;
  members: readonly Member[];
  op: ReturnType<typeof useRetroOp>;
  /** Fixed source (a discussed topic), or a list of topics to link to. */
  sourceId?: string;
  topics?: readonly Topic[];
  /** Editing an existing action instead of adding one. */
  editing?: { action: RetroAction; onDone: () => void };
}

/** The fields that can be refused, in the form's order, by their id's suffix: the first one in error takes the focus. */
const CHECKED_FIELDS = [
  ['text', 'text'],
  ['dueDate', 'due'],
  ['ticketKey', 'ticket'],
] as const;

const short = (title: string) => (title.length > 50 ? `${title.slice(0, 50)}…` : title);

/**
 * The option for a stored link that names no topic of the board now (a card grouped since, or a topic an older
 * version lost on a merge), so the form shows it for what it is and saves it back as it was.
 */
function storedLink(sourceId: string | null | undefined, topics: readonly Topic[]) {
  if (!sourceId || topics.some((t) => t.id === sourceId)) return null;
  const holder = topics.find((t) => t.cards.some((c) => c.id === sourceId));
  return { id: sourceId, label: holder ? `A card of ${short(holder.title)}` : 'Removed card or topic' };
}

/** An action item: text, owner, due date, type, optional ticket key, linked to where it came from. */
export function ActionForm({ idPrefix, members, op, sourceId, topics, editing }: ActionFormProps) {
  const start = editing?.action;
  const [text, setText] = useState(start?.text ?? '');
  const [ownerId, setOwnerId] = useState(start?.ownerId ?? '');
  const [dueDate, setDueDate] = useState(start?.dueDate ?? '');
  const [type, setType] = useState<ActionType>(start?.type ?? 'prevent');
  const [ticketKey, setTicketKey] = useState(start?.ticketKey ?? '');
  const [linked, setLinked] = useState(start?.sourceId ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = (name: string) => `${idPrefix}-${name}`;
  // An owner who has left the team is kept as stored, not shown as Unassigned while their id is sent.
  const formerOwner = start?.ownerId && !members.some((m) => m.id === start.ownerId) ? start.ownerId : null;
  const oldLink = topics ? storedLink(start?.sourceId, topics) : null;

  const { busy, once } = useSubmitOnce();
  const submit = once(async () => {
    const parsed = ActionFieldsSchema.safeParse({
      text,
      ownerId: ownerId || null,
      dueDate: dueDate || null,
      type,
      ticketKey,
      sourceId: sourceId ?? (linked || null),
    });
    if (!parsed.success) {
      const found = fieldErrors(parsed.error.issues);
      setErrors(found);
      // The person (and a screen reader, which reads the field's label and message) lands where the fix goes.
      const first = CHECKED_FIELDS.find(([key]) => found[key]);
      if (first) focusSoon(() => document.getElementById(id(first[1])));
      return;
    }
    setErrors({});
    if (editing) {
      if (await op('updateRetroAction', { actionId: editing.action.id, changes: parsed.data })) editing.onDone();
      return;
    }
    const saved = await op('addRetroAction', { action: parsed.data });
    if (saved) {
      setText('');
      setTicketKey('');
    }
  });

  return (
    <form className="action-form" onSubmit={submit} noValidate>
      <div className="field action-form__text">
        <label htmlFor={id('text')}>Action</label>
        <input
          id={id('text')}
          value={text}
          aria-invalid={Boolean(errors.text)}
          aria-describedby={errors.text ? id('text-error') : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {errors.text ? (
          <p id={id('text-error')} className="field__error" role="alert">
            {errors.text}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={id('owner')}>Owner</label>
        <select id={id('owner')} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
          <option value="">Unassigned</option>
          {formerOwner ? <option value={formerOwner}>{FORMER_MEMBER}</option> : null}
          <MemberOptions members={members} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('due')}>Due date</label>
        <input
          id={id('due')}
          type="date"
          value={dueDate}
          aria-invalid={Boolean(errors.dueDate)}
          aria-describedby={errors.dueDate ? id('due-error') : undefined}
          onChange={(e) => setDueDate(e.target.value)}
        />
        {errors.dueDate ? (
          <p id={id('due-error')} className="field__error" role="alert">
            {errors.dueDate}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={id('type')}>Type</label>
        <select id={id('type')} value={type} onChange={(e) => setType(e.target.value as ActionType)}>
          <NamedOptions values={ACTION_TYPES} names={ACTION_TYPE_NAMES} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('ticket')}>Ticket key (optional)</label>
        <input
          id={id('ticket')}
          value={ticketKey}
          aria-invalid={Boolean(errors.ticketKey)}
          aria-describedby={errors.ticketKey ? id('ticket-error') : undefined}
          onChange={(e) => setTicketKey(e.target.value)}
        />
        {errors.ticketKey ? (
          <p id={id('ticket-error')} className="field__error" role="alert">
            {errors.ticketKey}
          </p>
        ) : null}
      </div>
      {topics ? (
        <div className="field">
          <label htmlFor={id('source')}>Linked to</label>
          <select id={id('source')} value={linked} onChange={(e) => setLinked(e.target.value)}>
            <option value="">Nothing</option>
            {oldLink ? <option value={oldLink.id}>{oldLink.label}</option> : null}
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {short(t.title)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="primary" {...busyButton(busy)}>
        {editing ? 'Save action' : 'Add action'}
      </button>
      {editing ? (
        <button type="button" onClick={editing.onDone}>
          Cancel
        </button>
      ) : null}
    </form>
  );
}
