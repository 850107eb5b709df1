import { useState, type FormEvent } from 'react';
import { draftFromIncident, emptyIncidentDraft, incidentFromDraft, type IncidentDraft } from '../incident-draft';
import { IncidentForm } from '../IncidentForm';
import type { PhaseProps } from '../PhaseView';
import { useRetroOp } from '../use-retro';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { useFollowedDraft } from '../../../components/use-followed-draft';

const sameDraft = (a: IncidentDraft, b: IncidentDraft) =>
  (Object.keys(a) as (keyof IncidentDraft)[]).every((key) => a[key] === b[key]);

export function IncidentPhase({ retro, team }: PhaseProps) {
  const op = useRetroOp(retro.id);
  const stored = retro.incident ? draftFromIncident(retro.incident) : emptyIncidentDraft();
  // Untouched, or saved since, the form shows the incident as it is stored now: one changed in another window or
  // by a sync is shown, and a Save does not write the details the form opened with back over it.
  const { value: draft, draft: edited, setDraft, settle } = useFollowedDraft(stored);
  // The edit on its way to be saved: counted as saved from the moment it is sent (Save then Next phase at once
  // does not ask); a refusal counts it as changes again. A phase, screen or team switch asks before dropping more.
  const [sending, setSending] = useState<IncidentDraft | null>(null);
  const changed = edited !== null && edited !== sending && !sameDraft(edited, stored);
  const unsaved = useUnsavedChanges(changed, 'the incident', () => undefined);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = incidentFromDraft(draft, retro.incident);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    setSending(edited);
    const done = await op('updateIncident', { incident: parsed.value });
    setSending(null);
    if (!done) return;
    setSaved(true);
    settle(edited);
  };
  return (
    <form className="panel" onSubmit={submit} noValidate>
      <IncidentForm
        draft={draft}
        errors={errors}
        members={team.members}
        onChange={(next) => {
          // "Saved." speaks of what the form held then: an edit since is not saved yet.
          setSaved(false);
          setDraft(next);
        }}
      />
      <div className="actions">
        <button type="submit" className="primary">
          Save incident
        </button>
        {saved ? <span role="status">Saved.</span> : null}
      </div>
      {unsaved.question}
    </form>
  );
}
