import { useState } from 'react';
import type { ChecklistEntry } from '../../../src/domain/team/schema';
import { escapeLeaves } from '../../components/escape-leaves';
import { Field } from '../../components/Field';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { quote } from '../../../src/domain/shared/words';

interface ChecklistEntryFormProps {
  entry: ChecklistEntry;
  /** Why the last save was refused, shown on the field. */
  error: string | undefined;
  onSave: (text: string) => void;
  onCancel: () => void;
}

/**
 * The text of one Definition of Ready or Done entry, edited in its place: the entry keeps its id (which the items'
 * ticks name), its rule and its place. Escape and Cancel edit leave it as it was: at once when the text is as it
 * was, after a question when it was changed, as a switch of screen or team (which would take it off the page) does.
 */
export function ChecklistEntryForm({ entry, error, onSave, onCancel }: ChecklistEntryFormProps) {
  const [text, setText] = useState(entry.text);
  const unsaved = useUnsavedChanges(text !== entry.text, `the entry ${quote(entry.text)}`, onCancel);
  return (
    <>
      <form
        className="inline-form"
        data-entry-form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSave(text);
        }}
        onKeyDown={escapeLeaves(unsaved.leave)}
      >
        <Field label={`Text of ${quote(entry.text)}`} error={error}>
          {(p) => (
            <input
              {...p}
              data-action="text"
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
        <button type="submit" className="primary">
          Save entry
        </button>
        <button type="button" onClick={unsaved.leave}>
          Cancel edit
        </button>
      </form>
      {/* Outside the form: the question's own Escape (Keep editing) must not reach the form's. */}
      {unsaved.question}
    </>
  );
}
