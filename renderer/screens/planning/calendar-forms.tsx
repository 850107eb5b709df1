import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import {
  ChangeWindowFieldsSchema,
  HolidayFieldsSchema,
  MemberRangeSchema,
  type ChangeWindowFields,
  type HolidayFields,
  type MemberRange,
} from '../../../src/domain/planning/inputs';
import type { Member } from '../../../src/domain/team/schema';
import { ApiCallError, messageOf } from '../../api/errors';
import { Field } from '../../components/Field';
import { fieldErrors } from '../../components/form-errors';
import { MemberOptions } from '../../components/Options';
import { FormError } from '../../components/FormError';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';

/** Validates with the api's own schema, then submits; api refusals land in the same form. */
function useCalendarForm<T>(schema: z.ZodType<T>, onSubmit: (value: T) => Promise<void>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, once } = useSubmitOnce();
  const submit = (value: unknown, reset: () => void) =>
    once(async () => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        setErrors(fieldErrors(parsed.error.issues));
        return;
      }
      setErrors({});
      try {
        await onSubmit(parsed.data);
        reset();
      } catch (error) {
        // A refusal about one field shows at that field; anything else above the button.
        const byField = error instanceof ApiCallError ? fieldErrors(error.issues) : {};
        setErrors(Object.keys(byField).length > 0 ? byField : { form: messageOf(error) });
      }
    });
  return { errors, submit, busy };
}

interface FormRowProps {
  children: ReactNode;
  label: string;
  busy: boolean;
  onCancel?: () => void;
}

function FormRow({ children, label, busy, onCancel }: FormRowProps) {
  return (
    <div className="inline-form calendar-form">
      {children}
      <button type="submit" className="primary" {...busyButton(busy)}>
        {label}
      </button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}

/** An edit form starts from the entry; an add form from the sprint's first day. */
interface EntryFormProps<T> {
  defaultDate: string;
  /** The entry being edited, or undefined to add one. */
  initial?: T;
  onSubmit: (value: T) => Promise<void>;
  onCancel?: () => void;
}

interface MemberRangeFormProps {
  members: readonly Member[];
  defaults: { startDate: string; endDate: string };
  submitLabel: string;
  onSubmit: (range: MemberRange) => Promise<void>;
}

export function MemberRangeForm({ members, defaults, submitLabel, onSubmit }: MemberRangeFormProps) {
  const [picked, setMemberId] = useState(members[0]?.id ?? '');
  // The list can change while the form is open (a member removed, or no longer taking on-call): the select
  // then shows the first member, and that is the one saved, never the one no longer listed.
  const memberId = members.some((m) => m.id === picked) ? picked : (members[0]?.id ?? '');
  const [startDate, setStart] = useState(defaults.startDate);
  const [endDate, setEnd] = useState(defaults.startDate);
  const { errors, submit, busy } = useCalendarForm(MemberRangeSchema, onSubmit);
  return (
    <form onSubmit={submit({ memberId, startDate, endDate }, () => undefined)} noValidate>
      <FormRow label={submitLabel} busy={busy}>
        <Field label="Member" error={errors.memberId}>
          {(p) => (
            <select {...p} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
              <MemberOptions members={members} />
            </select>
          )}
        </Field>
        <Field label="From" error={errors.startDate}>
          {(p) => <input {...p} type="date" value={startDate} onChange={(e) => setStart(e.target.value)} />}
        </Field>
        <Field label="To" error={errors.endDate}>
          {(p) => <input {...p} type="date" value={endDate} onChange={(e) => setEnd(e.target.value)} />}
        </Field>
      </FormRow>
      <FormError message={errors.form} />
    </form>
  );
}

export function HolidayForm({ defaultDate, initial, onSubmit, onCancel }: EntryFormProps<HolidayFields>) {
  const [date, setDate] = useState(initial?.date ?? defaultDate);
  const [name, setName] = useState(initial?.name ?? '');
  const { errors, submit, busy } = useCalendarForm(HolidayFieldsSchema, onSubmit);
  return (
    <form onSubmit={submit({ date, name }, () => setName(''))} noValidate>
      <FormRow label={initial ? 'Save holiday' : 'Add holiday'} busy={busy} {...(onCancel ? { onCancel } : {})}>
        <Field label="Holiday date" error={errors.date}>
          {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label="Holiday name" error={errors.name}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
      </FormRow>
      <FormError message={errors.form} />
    </form>
  );
}

/** "2026-11-05T22:00" typed in a datetime-local field, read as UTC. */
export function utcFromLocalField(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00.000Z` : value;
}

/** "2026-11-05T22:00:00.000Z" as a datetime-local field shows it (the field is read as UTC). */
const localField = (iso: string) => iso.slice(0, 16);

export function ChangeWindowForm({ defaultDate, initial, onSubmit, onCancel }: EntryFormProps<ChangeWindowFields>) {
  const [name, setName] = useState(initial?.name ?? '');
  const [kind, setKind] = useState<'window' | 'freeze'>(initial?.kind ?? 'window');
  const [start, setStart] = useState(initial ? localField(initial.start) : `${defaultDate}T22:00`);
  const [end, setEnd] = useState(initial ? localField(initial.end) : '');
  const { errors, submit, busy } = useCalendarForm(ChangeWindowFieldsSchema, onSubmit);
  const value = { name, kind, start: utcFromLocalField(start), end: utcFromLocalField(end) };
  return (
    <form onSubmit={submit(value, () => setName(''))} noValidate>
      <FormRow label={initial ? 'Save window' : 'Add window'} busy={busy} {...(onCancel ? { onCancel } : {})}>
        <Field label="Window name" error={errors.name} hint='e.g. "Thu prod change window"'>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Kind" error={errors.kind}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value === 'freeze' ? 'freeze' : 'window')}>
              <option value="window">Change window (changes allowed)</option>
              <option value="freeze">Freeze (no changes)</option>
            </select>
          )}
        </Field>
        <Field label="Starts (UTC)" error={errors.start}>
          {(p) => <input {...p} type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />}
        </Field>
        <Field label="Ends (UTC)" error={errors.end}>
          {(p) => <input {...p} type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} />}
        </Field>
      </FormRow>
      <FormError message={errors.form} />
    </form>
  );
}
