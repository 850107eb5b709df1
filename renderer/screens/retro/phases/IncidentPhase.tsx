import { useState, type FormEvent } from 'react';
import { draftFromIncident, emptyIncidentDraft, incidentFromDraft } from '../incident-draft';
import { IncidentForm } from '../IncidentForm';
import type { PhaseProps } from '../PhaseView';
import { useRetroOp } from '../use-retro';

export function IncidentPhase({ retro, team }: PhaseProps) {
  const op = useRetroOp(retro.id);
  const [draft, setDraft] = useState(() => (retro.incident ? draftFromIncident(retro.incident) : emptyIncidentDraft()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = incidentFromDraft(draft, retro.incident);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    if (await op('updateIncident', { incident: parsed.value })) setSaved(true);
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
    </form>
  );
}
