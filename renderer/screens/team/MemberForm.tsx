import { useId, useState } from 'react';
import { MemberFieldsSchema } from '../../../src/domain/team/schema';
import { SUGGESTED_ROLES } from '../../../src/domain/team/defaults';
import type { Member } from '../../../src/domain/team/schema';
import { ApiCallError, messageOf } from '../../api/errors';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { numberFromInput } from '../../components/number-input';
import { fieldErrors } from '../../components/form-errors';
import { DialogActions } from '../../components/DialogActions';
import { useSubmitOnce } from '../../components/use-submit-once';
import { plural } from '../../../src/domain/shared/words';
import { useTeamDraft } from '../../components/use-team-draft';

type MemberFields = Omit<Member, 'id'>;

interface MemberFormProps {
  /** The team the member is typed for: each team keeps its own draft (see useTeamDraft). */
  teamId: string;
  initial?: MemberFields;
  /** The member's on-call shifts in sprints not yet closed (editing only): unticking on-call leaves them. */
  openShifts?: number;
  submitLabel: string;
  onSubmit: (member: MemberFields) => Promise<void>;
  onCancel?: () => void;
}

const EMPTY: MemberFields = { name: '', role: '', hoursPerDay: 6, takesOnCall: true };

/** The form's fields as typed (hours as text), with the last submit's messages by field. */
interface MemberDraft {
  name: string;
  role: string;
  hours: string;
  onCall: boolean;
  errors: Record<string, string>;
}
const draftOf = (member: MemberFields): MemberDraft => ({
  name: member.name,
  role: member.role,
  hours: String(member.hoursPerDay),
  onCall: member.takesOnCall,
  errors: {},
});

/**
 * Name, role, hours per day and on-call; validated with the api's own schema before sending. The hours are read
 * as every typed number is ("2,5" is two and a half; "0x10" or an empty field is not a number).
 */
export function MemberForm({
  teamId,
  initial = EMPTY,
  openShifts = 0,
  submitLabel,
  onSubmit,
  onCancel,
}: MemberFormProps) {
  const [start] = useState(() => draftOf(initial));
  const [draft, setDraft] = useTeamDraft(teamId, start);
  const { name, role, hours, onCall, errors } = draft;
  const edit = (change: Partial<MemberDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setName = (value: string) => edit({ name: value });
  const setRole = (value: string) => edit({ role: value });
  const setHours = (value: string) => edit({ hours: value });
  const setOnCall = (value: boolean) => edit({ onCall: value });
  const setErrors = (value: Record<string, string>) => edit({ errors: value });
  const rolesId = useId();
  const shiftsHintId = useId();
  const { busy, once } = useSubmitOnce();

  const submit = once(async () => {
    const parsed = MemberFieldsSchema.safeParse({
      name,
      role,
      hoursPerDay: numberFromInput(hours),
      takesOnCall: onCall,
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    try {
      await onSubmit(parsed.data);
      if (!onCancel) setDraft(() => draftOf(EMPTY));
    } catch (error) {
      setErrors(
        error instanceof ApiCallError
          ? { ...fieldErrors(error.issues), form: error.message }
          : { form: messageOf(error) },
      );
    }
  });

  return (
    <form className="grid-form" onSubmit={submit} noValidate>
      <Field label="Name" error={errors.name}>
        {(p) => (
          <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" data-autofocus />
        )}
      </Field>
      <Field label="Role" error={errors.role}>
        {(p) => (
          <input {...p} list={rolesId} value={role} onChange={(e) => setRole(e.target.value)} placeholder="SRE" />
        )}
      </Field>
      <datalist id={rolesId}>
        {SUGGESTED_ROLES.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <Field label="Hours per day" error={errors.hoursPerDay} hint="Focus time for sprint work; 6 is a full day.">
        {(p) => <input {...p} inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />}
      </Field>
      <div className="field field--checkbox">
        <label>
          <input
            type="checkbox"
            checked={onCall}
            onChange={(e) => setOnCall(e.target.checked)}
            aria-describedby={!onCall && openShifts > 0 ? shiftsHintId : undefined}
          />{' '}
          Takes on-call shifts
        </label>
        {!onCall && openShifts > 0 ? (
          <p id={shiftsHintId} className="field__hint">
            {`${initial.name} still has ${plural(openShifts, 'on-call shift')} in open sprints. ${openShifts === 1 ? 'It stays, and counts' : 'They stay, and count'} against capacity, until you remove ${openShifts === 1 ? 'it' : 'them'} on Planning → Calendar.`}
          </p>
        ) : null}
      </div>
      <FormError message={Object.keys(errors).some((k) => k !== 'form') ? undefined : errors.form} />
      <DialogActions confirm={submitLabel} onCancel={onCancel} busy={busy} />
    </form>
  );
}
