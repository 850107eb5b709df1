import { quote } from '../../../src/domain/shared/words';
import { useState, type KeyboardEvent } from 'react';
import {
  ACTION_TYPES,
  ACTION_TYPE_NAMES,
  ActionFieldsSchema,
  type ActionFields,
  type ActionType,
  type Retro,
  type RetroAction,
} from '../../../src/domain/retro/schema';
import type { Topic } from '../../../src/domain/retro/voting';
import type { Member } from '../../../src/domain/team/schema';
import { fieldErrors } from '../../components/form-errors';
import { Field } from '../../components/Field';
import { busyButton } from '../../components/use-submit-once';
import type { useRetroOp } from './use-retro';
import { useTypedWordsKept } from './use-typed-words-kept';
import { typedSince } from './typed-since';
import { MemberOptions, NamedOptions } from '../../components/Options';
import { shortenText } from '../../../src/domain/shared/cut-text';
import { changedFields } from '../../../src/domain/shared/changed-fields';
import { UNASSIGNED } from '../../../src/domain/shared/words';

interface ActionFormProps {
  idPrefix: string;
  members: readonly Member[];
  op: ReturnType<typeof useRetroOp>;
  /** Fixed source (a discussed topic), or a list of topics to link to. */
  sourceId?: string;
  topics?: readonly Topic[];
  /**
   * Editing an existing action instead of adding one; `onDone` is called when the form closes, with the retro as
   * saved when a change was saved.
   */
  editing?: { action: RetroAction; onDone: (saved?: Retro) => void };
}

/** The fields of a stored action, as the form sends them. */
const fieldsOf = (a: RetroAction): ActionFields => ({
  text: a.text,
  ownerId: a.ownerId,
  dueDate: a.dueDate,
  type: a.type,
  ticketKey: a.ticketKey,
  sourceId: a.sourceId,
});

/** A title within an option's width, cut between whole characters (never half an emoji). */
const short = (title: string) => shortenText(title, 50);

/**
 * The option for a stored link that names no topic of the board now (a card grouped since, or a topic an older
 * version lost on a merge), so the form shows it for what it is and saves it back as it was.
 */
function storedLink(sourceId: string | null | undefined, topics: readonly Topic[]) {
  if (!sourceId || topics.some((t) => t.id === sourceId)) return null;
  const holder = topics.find((t) => t.cards.some((c) => c.id === sourceId));
  return { id: sourceId, label: holder ? `A card of ${short(holder.title)}` : 'Removed card or topic' };
}

/**
 * An action item: text, owner, due date, type, optional ticket key, linked to where it came from. Editing one,
 * Escape and Cancel close the form, asking first when something was changed; so does a phase change or a switch
 * of screen or team. A new one half typed asks the same before a phase change, a topic step or a switch.
 */
export function ActionForm({ idPrefix, members, op, sourceId, topics, editing }: ActionFormProps) {
  // The action as the editor opened: what the person changed is measured against it, and only that is saved, so a
  // change another window or a sync made meanwhile (a new owner, a later due date) is not written back over.
  const [start] = useState(editing?.action);
  const [text, setText] = useState(start?.text ?? '');
  const [picked, setOwnerId] = useState(start?.ownerId ?? '');
  // The owner picked may have left the team since (removed in another window, a sync): the select then shows
  // Unassigned, and the action is saved as it shows. The stored owner of an action being edited stays (`kept`).
  const ownerId = picked === (start?.ownerId ?? '') || members.some((m) => m.id === picked) ? picked : '';
  const [dueDate, setDueDate] = useState(start?.dueDate ?? '');
  const [type, setType] = useState<ActionType>(start?.type ?? 'prevent');
  const [ticketKey, setTicketKey] = useState(start?.ticketKey ?? '');
  const [linked, setLinked] = useState(start?.sourceId ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = (name: string) => `${idPrefix}-${name}`;
  const oldLink = topics ? storedLink(start?.sourceId, topics) : null;
  // A new action counts as changed once text is typed into it: the owner, due date, type and link stay picked
  // after each one added, for the next, and alone are not worth a question. Words on their way to be saved ask
  // nothing: a switch waits for their answer, and a refusal leaves them in the form (useTypedWordsKept).
  const changed =
    start === undefined
      ? text.trim() !== '' || ticketKey.trim() !== ''
      : text !== start.text ||
        ownerId !== (start.ownerId ?? '') ||
        dueDate !== (start.dueDate ?? '') ||
        type !== start.type ||
        ticketKey !== start.ticketKey ||
        linked !== (start.sourceId ?? '');
  /** Discarded, a new action's typed words go; the form beside a list stays for the next. */
  const clearTyped = () => {
    setText('');
    setTicketKey('');
    setErrors({});
  };
  const { busy, once, untilSaved, leave, question } = useTypedWordsKept(
    changed,
    start ? `the action ${quote(start.text)}` : 'the new action',
    editing?.onDone ?? clearTyped,
    { editing: editing !== undefined },
  );
  const onKeyDown = (event: KeyboardEvent) => {
    // An open select handles its own Escape.
    if (!editing || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    leave();
  };

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
      // Each field shows its message, and the first one refused takes the focus (Field does both).
      setErrors(fieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    if (editing && start) {
      const changes = changedFields(parsed.data, fieldsOf(start));
      if (Object.keys(changes).length === 0) return editing.onDone();
      const saved = await op('updateRetroAction', { actionId: editing.action.id, changes });
      if (saved) editing.onDone(saved);
      return;
    }
    const saved = await untilSaved(op('addRetroAction', { action: parsed.data }));
    if (saved) {
      // The form keeps what was typed after the action sent (the next one, begun while this one was on its way).
      setText((now) => typedSince(now, text));
      setTicketKey((now) => typedSince(now, ticketKey));
      setErrors({});
    }
  });

  return (
    <>
      <form className="action-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <div className="action-form__text">
          <Field label="Action" error={errors.text}>
            {(control) => <input {...control} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
        </div>
        <div className="field">
          <label htmlFor={id('owner')}>Owner</label>
          <select id={id('owner')} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
            <option value="">{UNASSIGNED}</option>
            {/* An owner who has left the team is kept as stored, not shown as Unassigned while their id is sent. */}
            <MemberOptions members={members} kept={start?.ownerId} />
          </select>
        </div>
        <Field label="Due date" error={errors.dueDate}>
          {(control) => <input {...control} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
        </Field>
        <div className="field">
          <label htmlFor={id('type')}>Type</label>
          <select id={id('type')} value={type} onChange={(e) => setType(e.target.value as ActionType)}>
            <NamedOptions values={ACTION_TYPES} names={ACTION_TYPE_NAMES} />
          </select>
        </div>
        <Field label="Ticket key (optional)" error={errors.ticketKey}>
          {(control) => <input {...control} value={ticketKey} onChange={(e) => setTicketKey(e.target.value)} />}
        </Field>
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
          <button type="button" onClick={leave}>
            Cancel
          </button>
        ) : null}
      </form>
      {/* Outside the form: the question's own Escape (Keep editing) must not reach the form's. */}
      {question}
    </>
  );
}
