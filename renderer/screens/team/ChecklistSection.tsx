import { useRef, useState } from 'react';
import { newId } from '../../../src/domain/shared/ids';
import type { ChecklistEntry } from '../../../src/domain/team/schema';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { messageOf } from '../../api/errors';
import { Field } from '../../components/Field';
import { focusSoon } from '../../components/focus-soon';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';
import { useAppStore } from '../../store';
import { neighbourOf } from '../../../src/domain/shared/neighbour';
import { useTeamDraft } from '../../components/use-team-draft';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { sameName } from '../../../src/domain/shared/name-key';
import { ChecklistEntryForm } from './ChecklistEntryForm';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural, pluralWord, quote } from '../../../src/domain/shared/words';

interface ChecklistSectionProps {
  kind: 'definitionOfReady' | 'definitionOfDone';
  title: string;
  intro: string;
}

const NO_DRAFT = { text: '' };

/** Edits the Definition of Ready or Done: add, edit, remove, reorder entries. */
export function ChecklistSection({ kind, title, intro }: ChecklistSectionProps) {
  const entries = useAppStore((s) => s.team?.settings[kind] ?? []);
  const items = useAppStore((s) => s.team?.items);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const teamId = useAppStore((s) => s.team?.id ?? '');
  // The entry typed, and the last save's message, belong to the team they were for (see useTeamDraft).
  const [draft, setDraft] = useTeamDraft<{ text: string; error?: string }>(teamId, NO_DRAFT);
  const { text, error } = draft;
  const setText = (typed: string) => setDraft((d) => ({ ...d, text: typed }));
  const setError = (message: string | undefined) => setDraft((d) => ({ ...d, error: message }));
  // An entry typed and not added is not dropped by a switch of screen without a question (for any team's draft).
  const unsaved = useUnsavedChanges(text.trim() !== '', `the new ${title} entry`, () => setDraft(() => NO_DRAFT), {
    keptPerTeam: teamId,
  });
  const headingId = `${kind}-title`;
  /** The entry whose text is being edited in its place, with why its last save was refused. */
  const [editing, setEditing] = useState<{ id: string; error?: string } | null>(null);
  const section = useRef<HTMLElement>(null);
  /** The entry whose removal waits for a yes, with what the removal loses (see removalCost). */
  const [confirming, setConfirming] = useState<{ entry: ChecklistEntry; cost: string } | null>(null);
  /** One of an entry's controls, or the field for a new entry when there is no entry. */
  const control = (entryId: string | undefined, action: 'up' | 'down' | 'remove' | 'edit' | 'text') => () =>
    entryId === undefined
      ? section.current?.querySelector('form:not([data-entry-form]) input')
      : section.current?.querySelector(`[data-entry-id="${CSS.escape(entryId)}"] [data-action="${action}"]`);

  /** Saves the list; a refusal's message goes to `report` (the field for a new entry unless told). */
  const save = async (next: ChecklistEntry[], report: (message: string | undefined) => void) => {
    try {
      await updateSettings({ [kind]: next });
      report(undefined);
      return true;
    } catch (e) {
      report(messageOf(e));
      return false;
    }
  };

  /**
   * Changes wait their turn, and each starts from the list as the one before left it (read when it runs, not
   * when it was pressed): two quick presses of Up both count, and a removal made while a move saves keeps it.
   */
  const [inTurn] = useState(() => {
    let last = Promise.resolve();
    return (task: () => Promise<void>) => (last = last.then(task));
  });
  const change = (
    make: (current: readonly ChecklistEntry[]) => ChecklistEntry[] | null,
    then?: () => void,
    report: (message: string | undefined) => void = setError,
  ) => {
    // A change pressed in one team is not made in another the facilitator switched to while it waited.
    const teamId = useAppStore.getState().team?.id;
    return inTurn(async () => {
      const team = useAppStore.getState().team;
      if (!team || team.id !== teamId) return;
      const next = make(team.settings[kind]);
      if (next && (await save(next, report))) then?.();
    });
  };

  const { busy: adding, once } = useSubmitOnce();
  /**
   * Why an entry cannot have this (trimmed) text, or null: not empty, and not another entry's (`exceptId`, the entry
   * being edited). Two entries of one text would be two boxes to tick for one rule, on every item.
   */
  const textProblem = (typed: string, exceptId?: string): string | null => {
    if (typed === '') return 'Write the entry first.';
    const same = entries.find((e) => e.id !== exceptId && sameName(e.text, typed));
    return same ? `The ${title} already has ${quote(same.text)}.` : null;
  };
  const add = once(async () => {
    const typed = text.trim();
    const problem = textProblem(typed);
    if (problem !== null) {
      setError(problem);
      return;
    }
    await change(
      (current) => [...current, { id: newId(), text: typed, rule: null }],
      () => setText(''),
    );
  });

  const startEdit = (entryId: string) => {
    setEditing({ id: entryId });
    focusSoon(control(entryId, 'text'));
  };
  const endEdit = (entryId: string) => {
    setEditing(null);
    focusSoon(control(entryId, 'edit'));
  };
  const refuseEdit = (entryId: string, message: string | undefined) =>
    setEditing((e) => (e?.id === entryId ? { id: entryId, ...(message ? { error: message } : {}) } : e));
  /** The new text, judged as a new entry's is (not empty, not another entry's); id, rule and place stay. */
  const saveEdit = (entryId: string, typed: string) => {
    const text = typed.trim();
    const problem = textProblem(text, entryId);
    if (problem !== null) {
      refuseEdit(entryId, problem);
      return;
    }
    void change(
      (current) =>
        current.some((e) => e.id === entryId) ? current.map((e) => (e.id === entryId ? { ...e, text } : e)) : null,
      () => endEdit(entryId),
      (message) => refuseEdit(entryId, message),
    );
  };

  // The focus stays in the list: a button that goes away or is turned off hands it on (see `control`).
  const move = (entryId: string, by: -1 | 1) =>
    void change(
      (current) => {
        const index = current.findIndex((e) => e.id === entryId);
        const entry = current[index];
        if (!entry || index + by < 0 || index + by >= current.length) return null;
        const next = current.filter((e) => e.id !== entryId);
        next.splice(index + by, 0, entry);
        return next;
      },
      () => {
        // Moved to the top or the bottom, the button pressed is off: the entry's other one takes the focus.
        const next = useAppStore.getState().team?.settings[kind] ?? [];
        const at = next.findIndex((e) => e.id === entryId);
        if (at === (by < 0 ? 0 : next.length - 1)) focusSoon(control(entryId, by < 0 ? 'down' : 'up'));
      },
    );

  /** Removes at once an entry whose removal loses nothing but itself; any other asks first, saying what goes. */
  const askRemove = (entry: ChecklistEntry) => {
    const cost = removalCost(entry, kind === 'definitionOfReady' ? (items ?? []) : []);
    if (cost === null) remove(entry.id);
    else setConfirming({ entry, cost });
  };

  const remove = (entryId: string) => {
    // The next entry's Remove, the one before it at the end, or the field for a new entry.
    let handTo: string | undefined;
    void change(
      (current) => {
        if (!current.some((e) => e.id === entryId)) return null;
        handTo = neighbourOf(current, entryId)?.id;
        return current.filter((e) => e.id !== entryId);
      },
      () => focusSoon(control(handTo, 'remove')),
    );
  };

  return (
    <section ref={section} className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="muted">{intro}</p>
      <ol className="checklist-editor">
        {entries.map((entry, index) => (
          <li key={entry.id} data-entry-id={entry.id}>
            {editing?.id === entry.id ? (
              <ChecklistEntryForm
                entry={entry}
                error={editing.error}
                onSave={(typed) => saveEdit(entry.id, typed)}
                onCancel={() => endEdit(entry.id)}
              />
            ) : (
              <>
                <span>
                  {entry.text}
                  {entry.rule ? <span className="badge">checked automatically</span> : null}
                </span>
                <span className="row-actions">
                  <button
                    type="button"
                    data-action="edit"
                    onClick={() => startEdit(entry.id)}
                    aria-label={`Edit ${quote(entry.text)}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    data-action="up"
                    disabled={index === 0}
                    onClick={() => move(entry.id, -1)}
                    aria-label={`Move ${quote(entry.text)} up`}
                  >
                    Up
                  </button>
                  <button
                    type="button"
                    data-action="down"
                    disabled={index === entries.length - 1}
                    onClick={() => move(entry.id, 1)}
                    aria-label={`Move ${quote(entry.text)} down`}
                  >
                    Down
                  </button>
                  <button
                    type="button"
                    className="danger"
                    data-action="remove"
                    onClick={() => askRemove(entry)}
                    aria-label={`Remove ${quote(entry.text)}`}
                  >
                    Remove
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
      <form className="inline-form" onSubmit={add} noValidate>
        <Field label={`New ${title} entry`} error={error}>
          {(p) => <input {...p} value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />}
        </Field>
        <button type="submit" {...busyButton(adding)}>
          Add entry
        </button>
      </form>
      {unsaved.question}
      {confirming ? (
        <ConfirmDialog
          title={`Remove ${quote(confirming.entry.text)}?`}
          message={confirming.cost}
          confirmLabel="Remove entry"
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            remove(confirming.entry.id);
          }}
        />
      ) : null}
    </section>
  );
}

/**
 * What removing an entry loses that adding it again does not give back, or null when nothing is: the automatic
 * check (the screen adds entries ticked by hand only), or the items' ticks (an entry added again has a new id).
 */
function removalCost(entry: ChecklistEntry, items: readonly BacklogItem[]): string | null {
  if (entry.rule !== null)
    return `${quote(entry.text)} is checked automatically from each item. Removed, it cannot be added back as automatic: an entry typed again is ticked by hand.`;
  const ticked = items.filter((i) => i.readyChecks.includes(entry.id)).length;
  if (ticked === 0) return null;
  return `${plural(ticked, 'item')} ${pluralWord(ticked, 'has', 'have')} ${quote(entry.text)} ticked. ${pluralWord(ticked, 'Its tick goes', 'Their ticks go')} with the entry: adding it again later starts with no item ticked.`;
}
