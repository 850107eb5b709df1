import { useRef, useState } from 'react';
import { newId } from '../../../src/domain/shared/ids';
import type { ChecklistEntry } from '../../../src/domain/team/schema';
import { messageOf } from '../../api/errors';
import { Field } from '../../components/Field';
import { focusSoon } from '../../components/focus-soon';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';
import { useAppStore } from '../../store';

interface ChecklistSectionProps {
  kind: 'definitionOfReady' | 'definitionOfDone';
  title: string;
  intro: string;
}

/** Edits the Definition of Ready or Done: add, remove, reorder entries. */
export function ChecklistSection({ kind, title, intro }: ChecklistSectionProps) {
  const entries = useAppStore((s) => s.team?.settings[kind] ?? []);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const headingId = `${kind}-title`;
  const section = useRef<HTMLElement>(null);
  /** One of an entry's buttons (up, down, remove), or the field for a new entry when there is no entry. */
  const control = (entryId: string | undefined, action: 'up' | 'down' | 'remove') => () =>
    entryId === undefined
      ? section.current?.querySelector('form input')
      : section.current?.querySelector(`[data-entry-id="${CSS.escape(entryId)}"] [data-action="${action}"]`);

  const save = async (next: ChecklistEntry[]) => {
    try {
      await updateSettings({ [kind]: next });
      setError(undefined);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  };

  const { busy: adding, once } = useSubmitOnce();
  const add = once(async () => {
    if (text.trim() === '') {
      setError('Write the entry first.');
      return;
    }
    if (await save([...entries, { id: newId(), text: text.trim(), rule: null }])) setText('');
  });

  // The focus stays in the list: a button that goes away or is turned off hands it on (see `control`).
  const move = async (index: number, by: -1 | 1) => {
    const next = [...entries];
    const [entry] = next.splice(index, 1);
    if (!entry) return;
    next.splice(index + by, 0, entry);
    if (!(await save(next))) return;
    // Moved to the top or the bottom, the button pressed is off: the entry's other one takes the focus.
    const end = by < 0 ? index + by === 0 : index + by === next.length - 1;
    if (end) focusSoon(control(entry.id, by < 0 ? 'down' : 'up'));
  };

  const remove = async (index: number) => {
    const entry = entries[index];
    if (!entry || !(await save(entries.filter((e) => e.id !== entry.id)))) return;
    // The next entry's Remove, the one before it at the end, or the field for a new entry.
    focusSoon(control((entries[index + 1] ?? entries[index - 1])?.id, 'remove'));
  };

  return (
    <section ref={section} className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="muted">{intro}</p>
      <ol className="checklist-editor">
        {entries.map((entry, index) => (
          <li key={entry.id} data-entry-id={entry.id}>
            <span>
              {entry.text}
              {entry.rule ? <span className="badge">checked automatically</span> : null}
            </span>
            <span className="row-actions">
              <button
                type="button"
                data-action="up"
                disabled={index === 0}
                onClick={() => void move(index, -1)}
                aria-label={`Move "${entry.text}" up`}
              >
                Up
              </button>
              <button
                type="button"
                data-action="down"
                disabled={index === entries.length - 1}
                onClick={() => void move(index, 1)}
                aria-label={`Move "${entry.text}" down`}
              >
                Down
              </button>
              <button
                type="button"
                className="danger"
                data-action="remove"
                onClick={() => void remove(index)}
                aria-label={`Remove "${entry.text}"`}
              >
                Remove
              </button>
            </span>
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
    </section>
  );
}
