import { useState } from 'react';
import type { ChecklistEntry } from '../../../src/domain/team/schema';
import { Field } from '../../components/Field';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';

interface ChecklistEntryFormProps {
  entry: ChecklistEntry;
  /** Why the last save was refused, shown on the field. */
  error: string | undefined;
  onSave: (text: string) => void;
  onCancel: () => void;
}

/**
 * The text of one Definition of Ready or Done entry, edited in its place: the entry keeps its id (which the items'
 * ticks name), its rule and its place. Escape leaves it as it was, as Cancel edit does: both are asked for on
 * purpose. A switch of screen or team, which would take a changed text off the page too, asks first.
 */
export function ChecklistEntryForm({ entry, error, onSave, onCancel }: ChecklistEntryFormProps) {
  const [text, setText] = useState(entry.text);
  const unsaved = useUnsavedChanges(text !== entry.text, `the entry "${entry.text}"`, onCancel);
  return (
    <form
      className="inline-form"
      data-entry-form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave(text);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onCancel();
      }}
    >
      <Field label={`Text of "${entry.text}"`} error={error}>
        {(p) => (
          <input {...p} data-action="text" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        )}
      </Field>
      <button type="submit" className="primary">
        Save entry
      </button>
      <button type="button" onClick={onCancel}>
        Cancel edit
      </button>
      {unsaved.question}
    </form>
  );
}
