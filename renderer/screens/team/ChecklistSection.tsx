import { useState, type FormEvent } from 'react';
import { newId } from '../../../src/domain/shared/ids';
import type { ChecklistEntry } from '../../../src/domain/team/schema';
import { messageOf } from '../../api/errors';
import { Field } from '../../components/Field';
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

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError('Write the entry first.');
      return;
    }
    if (await save([...entries, { id: newId(), text: text.trim(), rule: null }])) setText('');
  };

  const move = (index: number, by: number) => {
    const next = [...entries];
    const [entry] = next.splice(index, 1);
    if (!entry) return;
    next.splice(index + by, 0, entry);
    void save(next);
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="muted">{intro}</p>
      <ol className="checklist-editor">
        {entries.map((entry, index) => (
          <li key={entry.id}>
            <span>
              {entry.text}
              {entry.rule ? <span className="badge">checked automatically</span> : null}
            </span>
            <span className="row-actions">
              <button
                type="button"
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label={`Move "${entry.text}" up`}
              >
                Up
              </button>
              <button
                type="button"
                disabled={index === entries.length - 1}
                onClick={() => move(index, 1)}
                aria-label={`Move "${entry.text}" down`}
              >
                Down
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void save(entries.filter((e) => e.id !== entry.id))}
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
        <button type="submit">Add entry</button>
      </form>
    </section>
  );
}
