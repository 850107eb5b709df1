import { useRef, useState, type FormEvent } from 'react';
import { BUILT_IN_TEMPLATES, OPS_TEMPLATE_ID, POSTMORTEM_TEMPLATE_ID } from '../../../src/domain/retro/templates';
import type { TeamDoc } from '../../../src/domain/workspace';
import { ApiCallError, messageOf } from '../../api/errors';
import { fieldErrors } from '../../components/form-errors';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useAppStore } from '../../store';
import { emptyIncidentDraft, incidentFromDraft } from './incident-draft';
import { IncidentForm } from './IncidentForm';
import { FormError } from '../../components/FormError';
import { DialogActions } from '../../components/DialogActions';
import { formatDayRange } from '../../../src/domain/shared/dates';
import { onScreen } from '../../components/dates';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';

interface CreateRetroFormProps {
  team: TeamDoc;
  kind: 'retro' | 'postmortem';
  onClose: () => void;
  onCreated: (retroId: string) => void;
}

/** The sprint a retro most likely looks back on: the active one, else the latest closed one. */
function defaultSprintId(team: TeamDoc): string {
  const active = team.sprints.find((s) => s.state === 'active');
  const closed = [...team.sprints]
    .filter((s) => s.state === 'closed')
    .sort((a, b) => b.endDate.localeCompare(a.endDate));
  return active?.id ?? closed[0]?.id ?? team.sprints[team.sprints.length - 1]?.id ?? '';
}

/** The fields the dialog shows, by the name the api's issues give them (an incident's without `incident.`). */
const RETRO_FIELDS = ['title', 'sprintId', 'templateId'];
const INCIDENT_FIELDS = ['severity', 'startedAt', 'endedAt', 'services', 'commanderId', 'scribeId', 'impact'];

/**
 * A refusal of the api, at the fields it names when the dialog shows them (said once, there), else above the form
 * (a sprint deleted meanwhile, a postmortem sent without its incident).
 */
function refusalErrors(error: unknown, kind: 'retro' | 'postmortem'): Record<string, string> {
  if (!(error instanceof ApiCallError)) return { form: messageOf(error) };
  const shown = kind === 'postmortem' ? [...RETRO_FIELDS, ...INCIDENT_FIELDS] : RETRO_FIELDS;
  const issues = error.issues.map((i) => ({ ...i, path: i.path.replace(/^incident\./, '') }));
  const atFields = Object.fromEntries(Object.entries(fieldErrors(issues)).filter(([key]) => shown.includes(key)));
  return Object.keys(atFields).length > 0 ? atFields : { form: error.message };
}

export function CreateRetroForm({ team, kind, onClose, onCreated }: CreateRetroFormProps) {
  const retroCall = useAppStore((s) => s.retroCall);
  const [sprintId, setSprintId] = useState(() => defaultSprintId(team));
  /** The title proposed for a sprint: it names the sprint the retro looks back on. */
  const proposedTitle = (id: string) => {
    const sprintName = team.sprints.find((s) => s.id === id)?.name;
    return kind === 'postmortem' ? 'Postmortem: ' : `Retro${sprintName ? ` — ${sprintName}` : ''}`;
  };
  const [title, setTitle] = useState(() => proposedTitle(sprintId));
  const pickSprint = (id: string) => {
    setSprintId(id);
    // A title still as proposed follows the sprint picked; one the facilitator wrote is theirs and stays.
    if (title === proposedTitle(sprintId)) setTitle(proposedTitle(id));
  };
  const [templateId, setTemplateId] = useState(kind === 'postmortem' ? POSTMORTEM_TEMPLATE_ID : OPS_TEMPLATE_ID);
  const [incident, setIncident] = useState(emptyIncidentDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // Escape and Cancel ask before they drop what was typed or picked (an incident's details take a while to gather).
  const filled = () => JSON.stringify({ title, sprintId, templateId, incident });
  const [opened] = useState(filled);
  // Once created, what was typed is saved: the retro opened then (a switch of screen the form is asked about)
  // goes on without a question.
  const created = useRef(false);
  const unsaved = useUnsavedChanges(
    filled() !== opened,
    kind === 'postmortem' ? 'the new postmortem' : 'the new retro',
    onClose,
    { saveOnLeave: () => created.current },
  );
  const builtIns = BUILT_IN_TEMPLATES.filter((t) => t.kind === kind);
  const saved = kind === 'retro' ? team.retroTemplates : [];
  const templateOption = (t: { id: string; name: string; columns: readonly { title: string }[] }) => (
    <option key={t.id} value={t.id}>
      {t.name} ({t.columns.map((c) => c.title).join(', ')})
    </option>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = kind === 'postmortem' ? incidentFromDraft(incident) : null;
    if (parsed && !parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setBusy(true);
    try {
      const retro = await retroCall('createRetro', {
        kind,
        title,
        sprintId: sprintId || null,
        templateId,
        incident: parsed?.ok ? parsed.value : null,
      });
      created.current = true;
      onCreated(retro.id);
    } catch (error) {
      setErrors(refusalErrors(error, kind));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={kind === 'postmortem' ? 'New blameless postmortem' : 'New retro'} onClose={unsaved.leave} wide>
      <form onSubmit={submit} noValidate>
        <Field label="Title" error={errors.title}>
          {(a) => <input {...a} data-autofocus value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label="Sprint" error={errors.sprintId}>
          {(a) => (
            <select {...a} value={sprintId} onChange={(e) => pickSprint(e.target.value)}>
              <option value="">No sprint</option>
              {team.sprints.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({formatDayRange(s.startDate, s.endDate, onScreen())})
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind === 'retro' ? (
          <Field label="Template" error={errors.templateId}>
            {(a) => (
              <select {...a} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
                {saved.length === 0 ? (
                  builtIns.map(templateOption)
                ) : (
                  // Grouped, so a team template saved under a built-in's name (before that was refused, or
                  // from another machine) is still told apart.
                  <>
                    <optgroup label="Built-in templates">{builtIns.map(templateOption)}</optgroup>
                    <optgroup label="Team templates">{saved.map(templateOption)}</optgroup>
                  </>
                )}
              </select>
            )}
          </Field>
        ) : (
          <IncidentForm draft={incident} errors={errors} members={team.members} onChange={setIncident} />
        )}
        <FormError message={errors.form} />
        <DialogActions
          confirm={kind === 'postmortem' ? 'Start postmortem' : 'Start retro'}
          onCancel={unsaved.leave}
          busy={busy}
        />
      </form>
      {unsaved.question}
    </Modal>
  );
}
