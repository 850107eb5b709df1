import { useState } from 'react';
import type { NotesBlock } from '../../../../src/domain/review/schema';
import { Field } from '../../../components/Field';
import { Markdown } from '../../../components/Markdown';
import { BlockForm, type BlockFormProps, type Errors } from './block-form';

export function NotesForm({ initial, onSave, onCancel }: BlockFormProps<NotesBlock>) {
  const [markdown, setMarkdown] = useState(initial.markdown);
  const [errors, setErrors] = useState<Errors>({});
  return (
    <BlockForm build={() => ({ ...initial, markdown })} onSave={onSave} onCancel={onCancel} setErrors={setErrors}>
      <Field
        label="Notes (Markdown)"
        error={errors.markdown}
        hint="Links, lists and **bold** work; scripts are removed."
      >
        {(p) => (
          <textarea {...p} rows={6} value={markdown} onChange={(e) => setMarkdown(e.target.value)} data-autofocus />
        )}
      </Field>
      {markdown.trim() ? (
        <section className="preview" aria-label="Notes preview">
          <Markdown text={markdown} />
        </section>
      ) : null}
    </BlockForm>
  );
}
