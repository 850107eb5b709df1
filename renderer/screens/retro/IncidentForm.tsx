import { SEVERITIES } from '../../../src/domain/backlog/schema';
import type { Member } from '../../../src/domain/team/schema';
import { Field } from '../../components/Field';
import type { IncidentDraft } from './incident-draft';
import { MemberOptions } from '../../components/Options';
import { NOT_SET } from '../../../src/domain/retro/people-words';

interface IncidentFormProps {
  draft: IncidentDraft;
  errors: Record<string, string>;
  members: readonly Member[];
  onChange: (draft: IncidentDraft) => void;
}

/** The incident a postmortem is about; times are entered and shown in UTC. */
export function IncidentForm({ draft, errors, members, onChange }: IncidentFormProps) {
  const set = <K extends keyof IncidentDraft>(key: K, value: IncidentDraft[K]) => onChange({ ...draft, [key]: value });
  /** The members to pick from; one who has left the team and holds the role stays, as Former member. */
  const people = (kept: string) => (
    <>
      <option value="">{NOT_SET}</option>
      <MemberOptions members={members} kept={kept} />
    </>
  );
  return (
    <div className="incident-form">
      <Field label="Severity" error={errors.severity}>
        {(a) => (
          <select
            {...a}
            value={draft.severity}
            onChange={(e) => set('severity', e.target.value as IncidentDraft['severity'])}
          >
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s.toUpperCase()}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Start (UTC)" error={errors.startedAt}>
        {(a) => (
          <input
            {...a}
            type="datetime-local"
            value={draft.startedAt}
            onChange={(e) => set('startedAt', e.target.value)}
          />
        )}
      </Field>
      <Field label="End (UTC)" error={errors.endedAt} hint="Leave empty while it is ongoing.">
        {(a) => (
          <input {...a} type="datetime-local" value={draft.endedAt} onChange={(e) => set('endedAt', e.target.value)} />
        )}
      </Field>
      <Field label="Services affected" error={errors.services} hint="Comma separated, e.g. api-gateway, postgres">
        {(a) => <input {...a} value={draft.services} onChange={(e) => set('services', e.target.value)} />}
      </Field>
      <Field label="Incident commander" error={errors.commanderId}>
        {(a) => (
          <select {...a} value={draft.commanderId} onChange={(e) => set('commanderId', e.target.value)}>
            {people(draft.commanderId)}
          </select>
        )}
      </Field>
      <Field label="Scribe" error={errors.scribeId}>
        {(a) => (
          <select {...a} value={draft.scribeId} onChange={(e) => set('scribeId', e.target.value)}>
            {people(draft.scribeId)}
          </select>
        )}
      </Field>
      <Field label="Impact" error={errors.impact}>
        {(a) => <textarea {...a} rows={3} value={draft.impact} onChange={(e) => set('impact', e.target.value)} />}
      </Field>
    </div>
  );
}
