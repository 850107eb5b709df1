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

type MemberFields = Omit<Member, 'id'>;

interface MemberFormProps {
  initial?: MemberFields;
  /** The member's on-call shifts in sprints not yet closed (editing only): unticking on-call leaves them. */
  openShifts?: number;
  submitLabel: string;
  onSubmit: (member: MemberFields) => Promise<void>;
  onCancel?: () => void;
}

const EMPTY: MemberFields = { name: '', role: '', hoursPerDay: 6, takesOnCall: true };

/**
 * Name, role, hours per day and on-call; validated with the api's own schema before sending. The hours are read
 * as every typed number is ("2,5" is two and a half; "0x10" or an empty field is not a number).
 */
export function MemberForm({ initial = EMPTY, openShifts = 0, submitLabel, onSubmit, onCancel }: MemberFormProps) {
  const [name, setName] = useState(initial.name);
  const [role, setRole] = useState(initial.role);
  const [hours, setHours] = useState(String(initial.hoursPerDay));
  const [onCall, setOnCall] = useState(initial.takesOnCall);
  const [errors, setErrors] = useState<Record<string, string>>({});
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
      if (!onCancel) {
        setName('');
        setRole('');
        setHours('6');
        setOnCall(true);
      }
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
