import { useId } from 'react';
import { MemberFieldsSchema } from '../../../src/domain/team/schema';
import { SUGGESTED_ROLES } from '../../../src/domain/team/defaults';
import type { Member } from '../../../src/domain/team/schema';
import { ApiCallError, messageOf } from '../../api/errors';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { numberFromInput } from '../../components/number-input';
import { fieldErrors, formLevelMessage } from '../../components/form-errors';
import { DialogActions } from '../../components/DialogActions';
import { Modal } from '../../components/Modal';
import { useSubmitOnce } from '../../components/use-submit-once';
import { decimalText, plural } from '../../../src/domain/shared/words';
import { useTeamDraft } from '../../components/use-team-draft';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { useAppStore } from '../../store';

type MemberFields = Omit<Member, 'id'>;

interface MemberFormProps {
  /** The team the member is typed for: each team keeps its own draft (see useTeamDraft). */
  teamId: string;
  /** The member edited; a new member starts with a full day, the team's standard day. */
  initial?: MemberFields;
  /** The member's on-call shifts in sprints not yet closed (editing only): unticking on-call leaves them. */
  openShifts?: number;
  submitLabel: string;
  onSubmit: (member: MemberFields) => Promise<void>;
  /** Given when editing: closes the form, from Cancel or Escape (which ask first when a field was changed). */
  onCancel?: () => void;
  /** Editing: the title of the dialog the form is shown in, whose Escape is the form's Cancel. */
  dialogTitle?: string;
}

/** A new member: a full day (the team's standard day, in Planning settings), taking on-call. */
const newMember = (fullDay: number): MemberFields => ({ name: '', role: '', hoursPerDay: fullDay, takesOnCall: true });

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

/** Whether two drafts hold different fields (the messages aside). */
const differs = (a: MemberDraft, b: MemberDraft) =>
  a.name !== b.name || a.role !== b.role || a.hours !== b.hours || a.onCall !== b.onCall;

/**
 * Name, role, hours per day and on-call; validated with the api's own schema before sending. The hours are read
 * as every typed number is ("2,5" is two and a half; "0x10" or an empty field is not a number).
 */
export function MemberForm({
  teamId,
  initial,
  openShifts = 0,
  submitLabel,
  onSubmit,
  onCancel,
  dialogTitle,
}: MemberFormProps) {
  // A member's focus is their hours ÷ the team's standard day, which the hint names: 6 is not always a full day.
  const fullDay = useAppStore((s) => s.team?.settings.standardDayHours ?? 6);
  const [draft, setDraft] = useTeamDraft(teamId, draftOf(initial ?? newMember(fullDay)));
  const { name, role, hours, onCall, errors } = draft;
  // A member being added (the form without Cancel) is not dropped by a switch of screen without a question; a
  // switch of team keeps it for its team, and a switch of screen asks about every team's. A member being edited
  // is not dropped by Cancel or Escape either: the dialog asks when a field differs from the member as opened.
  const blank = draftOf(newMember(fullDay));
  const unsaved = useUnsavedChanges(
    onCancel ? differs(draft, draftOf(initial ?? newMember(fullDay))) : differs(draft, blank),
    onCancel ? (initial?.name ?? 'this member') : 'the new member',
    () => (onCancel ? onCancel() : setDraft(() => blank)),
    { keptPerTeam: onCancel ? false : teamId },
  );
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
      if (!onCancel) setDraft(() => draftOf(newMember(fullDay)));
    } catch (error) {
      setErrors(
        error instanceof ApiCallError
          ? { ...fieldErrors(error.issues), form: error.message }
          : { form: messageOf(error) },
      );
    }
  });

  const form = (
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
      <Field
        label="Hours per day"
        error={errors.hoursPerDay}
        hint={`Focus time for sprint work; ${decimalText(fullDay)} is a full day (Standard day, in Planning settings).`}
      >
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
            {`${initial?.name ?? 'This member'} still has ${plural(openShifts, 'on-call shift')} in open sprints. ${openShifts === 1 ? 'It stays, and counts' : 'They stay, and count'} against capacity, until you remove ${openShifts === 1 ? 'it' : 'them'} on Planning → Calendar.`}
          </p>
        ) : null}
      </div>
      <FormError message={formLevelMessage(errors)} />
      <DialogActions confirm={submitLabel} onCancel={onCancel ? unsaved.leave : undefined} busy={busy} />
      {unsaved.question}
    </form>
  );
  return dialogTitle ? (
    <Modal title={dialogTitle} onClose={unsaved.leave}>
      {form}
    </Modal>
  ) : (
    form
  );
}
