import { useState, type FormEvent } from 'react';
import { draftFromIncident, emptyIncidentDraft, incidentFromDraft, type IncidentDraft } from '../incident-draft';
import { IncidentForm } from '../IncidentForm';
import type { PhaseProps } from '../PhaseView';
import { useRetroOp } from '../use-retro';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';

const sameDraft = (a: IncidentDraft, b: IncidentDraft) =>
  (Object.keys(a) as (keyof IncidentDraft)[]).every((key) => a[key] === b[key]);

export function IncidentPhase({ retro, team }: PhaseProps) {
  const op = useRetroOp(retro.id);
  const [draft, setDraft] = useState(() => (retro.incident ? draftFromIncident(retro.incident) : emptyIncidentDraft()));
  // What the form held when it opened or was last saved: a phase, screen or team switch asks before dropping more.
  const [savedDraft, setSavedDraft] = useState(draft);
  const unsaved = useUnsavedChanges(!sameDraft(draft, savedDraft), 'the incident', () => undefined);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = incidentFromDraft(draft, retro.incident);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    // Counted as saved from the moment it is sent (Save then Next phase at once does not ask); back if refused.
    const before = savedDraft;
    setSavedDraft(draft);
    if (await op('updateIncident', { incident: parsed.value })) setSaved(true);
    else setSavedDraft(before);
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
