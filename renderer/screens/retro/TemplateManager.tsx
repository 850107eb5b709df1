import { quote } from '../../../src/domain/shared/words';
import { useState } from 'react';
import { ColumnsSchema, MAX_COLUMNS, MAX_COLUMNS_MESSAGE, type RetroTemplate } from '../../../src/domain/retro/schema';
import { columnIssues, templateNameRefusal } from '../../../src/domain/retro/templates';
import type { TeamDoc } from '../../../src/domain/workspace';
import { messageOf } from '../../api/errors';
import { useAppStore } from '../../store';
import { FormError } from '../../components/FormError';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { byId, focusSoon } from '../../components/focus-soon';
import { Field } from '../../components/Field';
import { neighbourOf } from '../../../src/domain/shared/neighbour';
import { useTeamDraft } from '../../components/use-team-draft';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';

const deleteId = (templateId: string) => `delete-template-${templateId}`;
const FULL_ID = 'tpl-columns-full';
/** A field of the form, found by its `data-field` (its id is Field's own). */
const fieldNamed = (name: string) => () => document.querySelector(`[data-field="${name}"]`);

interface ColumnDraft {
  title: string;
  prompt: string;
}

/** What is typed into the form, with the messages of its last save: it belongs to the team it was typed for. */
interface Draft {
  name: string;
  columns: ColumnDraft[];
  /** A field's message from the last save, by the field's path (`name`, `columns.1.title`); see Field. */
  fieldErrors: Record<string, string>;
  error: string | null;
}
const EMPTY_DRAFT: Draft = { name: '', columns: [{ title: '', prompt: '' }], fieldErrors: {}, error: null };

/**
 * The team's own templates: 1 to 6 columns, each with an optional prompt. A draft is kept per team: another
 * team opened meanwhile shows its own form, and the draft waits, to be saved into the team it was started in.
 * Opening a retro or another screen asks first while the draft holds typed words.
 */
export function TemplateManager({ team }: { team: TeamDoc }) {
  const remove = useAppStore((s) => s.deleteRetroTemplate);
  const reportError = useAppStore((s) => s.reportError);
  const [draft, setDraft] = useTeamDraft(team.id, EMPTY_DRAFT);
  const editDraft = (update: (draft: Draft) => Partial<Draft>) => setDraft((d) => ({ ...d, ...update(d) }));
  const [deleting, setDeleting] = useState<RetroTemplate | null>(null);
  // A template half typed is not dropped by opening a retro or another screen without a question; a switch of
  // team keeps it for its team (useTeamDraft).
  const typed = draft.name.trim() !== '' || draft.columns.some((c) => c.title.trim() !== '' || c.prompt.trim() !== '');
  const unsaved = useUnsavedChanges(typed, 'the new template', () => setDraft(() => EMPTY_DRAFT), {
    keptPerTeam: true,
  });

  /** Its button goes: the next template's Delete takes the focus, else the one before's, else the name field. */
  const confirmDelete = (template: RetroTemplate) => {
    const neighbour = neighbourOf(team.retroTemplates, template.id);
    setDeleting(null);
    remove(template.id).then(
      () => focusSoon(neighbour ? byId(deleteId(neighbour.id)) : fieldNamed('name')),
      reportError,
    );
  };
  return (
    <section className="panel" aria-labelledby="retro-templates-title">
      <h3 id="retro-templates-title">Team templates</h3>
      {team.retroTemplates.length === 0 ? <p className="muted">No saved templates yet.</p> : null}
      <ul className="template-list">
        {team.retroTemplates.map((t) => (
          <li key={t.id}>
            <span>
              <strong>{t.name}</strong>: {t.columns.map((c) => c.title).join(' / ')}
            </span>
            <button type="button" id={deleteId(t.id)} className="danger" onClick={() => setDeleting(t)}>
              Delete template {t.name}
            </button>
          </li>
        ))}
      </ul>
      <TemplateForm key={team.id} draft={draft} edit={editDraft} saved={team.retroTemplates} />
      {deleting ? (
        <ConfirmDialog
          title={`Delete the template ${quote(deleting.name)}?`}
          message="Retros already started from it keep their columns. This cannot be undone."
          confirmLabel="Delete template"
          onCancel={() => setDeleting(null)}
          onConfirm={() => confirmDelete(deleting)}
        />
      ) : null}
      {unsaved.question}
    </section>
  );
}

interface TemplateFormProps {
  draft: Draft;
  edit: (update: (draft: Draft) => Partial<Draft>) => void;
  /** The team's saved templates, whose names a new one may not take. */
  saved: readonly RetroTemplate[];
}

/** The form for a new template, over one team's draft (keyed by the team: its fields' state is that team's). */
function TemplateForm({ draft, edit, saved }: TemplateFormProps) {
  const save = useAppStore((s) => s.saveRetroTemplate);
  const { name, columns, fieldErrors, error } = draft;
  const setName = (value: string) => edit(() => ({ name: value }));
  /** The removed column's fields go: the column that takes its place (else the one before) takes the focus. */
  const removeColumn = (index: number) => {
    edit((d) => ({
      columns: d.columns.filter((_, j) => j !== index),
      // The messages name columns by number, which the removal changes: the next save judges them again.
      fieldErrors: Object.fromEntries(Object.entries(d.fieldErrors).filter(([path]) => !path.startsWith('columns.'))),
    }));
    focusSoon(fieldNamed(`columns.${Math.min(index, columns.length - 2)}.title`));
  };

  const setColumn = (index: number, change: Partial<ColumnDraft>) =>
    edit((d) => ({ columns: d.columns.map((c, i) => (i === index ? { ...c, ...change } : c)) }));
  const full = columns.length >= MAX_COLUMNS;

  const { busy, once } = useSubmitOnce();
  const submit = once(async () => {
    // A name a built-in or a saved template has is marked on its field, as the save would refuse it.
    const nameRefusal = name.trim() ? templateNameRefusal(name, saved) : 'Give the template a name.';
    const nameIssues = nameRefusal ? [{ path: 'name', message: nameRefusal }] : [];
    const issues = [...nameIssues, ...columnIssues(columns)];
    // Each field shows its message; the first one marked takes the focus (Field).
    edit(() => ({ error: null, fieldErrors: Object.fromEntries(issues.map((issue) => [issue.path, issue.message])) }));
    if (issues.length > 0) return;
    const parsed = ColumnsSchema.safeParse(columns.map((c, i) => ({ id: `col-${i + 1}`, ...c })));
    if (!parsed.success) return edit(() => ({ error: parsed.error.issues[0]?.message ?? 'Check the columns.' }));
    try {
      await save(name, parsed.data);
      edit(() => EMPTY_DRAFT);
    } catch (e) {
      edit(() => ({ error: messageOf(e) }));
    }
  });

  return (
    <form onSubmit={submit} className="template-form" noValidate>
      <Field label="Template name" error={fieldErrors.name}>
        {(control) => <input {...control} data-field="name" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      {columns.map((c, i) => (
        <fieldset key={i} className="template-form__column">
          <legend>Column {i + 1}</legend>
          <Field label={`Column ${i + 1} title`} error={fieldErrors[`columns.${i}.title`]}>
            {(control) => (
              <input
                {...control}
                data-field={`columns.${i}.title`}
                value={c.title}
                onChange={(e) => setColumn(i, { title: e.target.value })}
              />
            )}
          </Field>
          <Field label={`Column ${i + 1} prompt`} error={fieldErrors[`columns.${i}.prompt`]}>
            {(control) => (
              <input {...control} value={c.prompt} onChange={(e) => setColumn(i, { prompt: e.target.value })} />
            )}
          </Field>
          {columns.length > 1 ? (
            <button type="button" onClick={() => removeColumn(i)}>
              Remove column {i + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      <FormError message={error} />
      <div className="actions">
        {/* aria-disabled, not disabled, when full: a disabled button would drop the focus to the page. */}
        <button
          type="button"
          aria-disabled={full || undefined}
          aria-describedby={full ? FULL_ID : undefined}
          onClick={() => {
            if (!full) edit((d) => ({ columns: [...d.columns, { title: '', prompt: '' }] }));
          }}
        >
          Add column
        </button>
        <button type="submit" className="primary" {...busyButton(busy)}>
          Save template
        </button>
      </div>
      {full ? (
        <p className="field__hint" id={FULL_ID}>
          {MAX_COLUMNS_MESSAGE}
        </p>
      ) : null}
    </form>
  );
}
