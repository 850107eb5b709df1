import { useState } from 'react';
import { ColumnsSchema, MAX_COLUMNS, type RetroTemplate } from '../../../src/domain/retro/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { messageOf } from '../../api/errors';
import { useAppStore } from '../../store';
import { FormError } from '../../components/FormError';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { byId, focusSoon } from '../../components/focus-soon';

const deleteId = (templateId: string) => `delete-template-${templateId}`;

interface ColumnDraft {
  title: string;
  prompt: string;
}

/** The team's own templates: 1 to 6 columns, each with an optional prompt. */
export function TemplateManager({ team }: { team: TeamDoc }) {
  const save = useAppStore((s) => s.saveRetroTemplate);
  const remove = useAppStore((s) => s.deleteRetroTemplate);
  const reportError = useAppStore((s) => s.reportError);
  const [name, setName] = useState('');
  const [columns, setColumns] = useState<ColumnDraft[]>([{ title: '', prompt: '' }]);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<RetroTemplate | null>(null);

  /** Its button goes: the next template's Delete takes the focus, else the one before's, else the name field. */
  const confirmDelete = (template: RetroTemplate) => {
    const list = team.retroTemplates;
    const at = list.findIndex((t) => t.id === template.id);
    const neighbour = list[at + 1] ?? list[at - 1];
    setDeleting(null);
    remove(template.id).then(() => focusSoon(byId(neighbour ? deleteId(neighbour.id) : 'tpl-name')), reportError);
  };
  /** The removed column's fields go: the column that takes its place (else the one before) takes the focus. */
  const removeColumn = (index: number) => {
    setColumns((cols) => cols.filter((_, j) => j !== index));
    focusSoon(byId(`tpl-col-${Math.min(index, columns.length - 2)}`));
  };

  const setColumn = (index: number, change: Partial<ColumnDraft>) =>
    setColumns((cols) => cols.map((c, i) => (i === index ? { ...c, ...change } : c)));

  const { busy, once } = useSubmitOnce();
  const submit = once(async () => {
    setError(null);
    const parsed = ColumnsSchema.safeParse(columns.map((c, i) => ({ id: `col-${i + 1}`, ...c })));
    if (!name.trim()) return setError('Give the template a name.');
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the columns.');
    try {
      await save(name, parsed.data);
      setName('');
      setColumns([{ title: '', prompt: '' }]);
    } catch (e) {
      setError(messageOf(e));
    }
  });

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
      <form onSubmit={submit} className="template-form" noValidate>
        <div className="field">
          <label htmlFor="tpl-name">Template name</label>
          <input id="tpl-name" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        {columns.map((c, i) => (
          <fieldset key={i} className="template-form__column">
            <legend>Column {i + 1}</legend>
            <div className="field">
              <label htmlFor={`tpl-col-${i}`}>Column {i + 1} title</label>
              <input id={`tpl-col-${i}`} value={c.title} onChange={(e) => setColumn(i, { title: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`tpl-prompt-${i}`}>Column {i + 1} prompt</label>
              <input
                id={`tpl-prompt-${i}`}
                value={c.prompt}
                onChange={(e) => setColumn(i, { prompt: e.target.value })}
              />
            </div>
            {columns.length > 1 ? (
              <button type="button" onClick={() => removeColumn(i)}>
                Remove column {i + 1}
              </button>
            ) : null}
          </fieldset>
        ))}
        <FormError message={error} />
        <div className="actions">
          <button
            type="button"
            disabled={columns.length >= MAX_COLUMNS}
            onClick={() => setColumns((cols) => [...cols, { title: '', prompt: '' }])}
          >
            Add column
          </button>
          <button type="submit" className="primary" {...busyButton(busy)}>
            Save template
          </button>
        </div>
      </form>
      {deleting ? (
        <ConfirmDialog
          title={`Delete the template "${deleting.name}"?`}
          message="Retros already started from it keep their columns. This cannot be undone."
          confirmLabel="Delete template"
          onCancel={() => setDeleting(null)}
          onConfirm={() => confirmDelete(deleting)}
        />
      ) : null}
    </section>
  );
}
