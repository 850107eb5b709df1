import { useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
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
import { escapeLeaves } from '../../components/escape-leaves';
import { Field } from '../../components/Field';
import { fieldErrors } from '../../components/form-errors';
import { MemberOptions } from '../../components/Options';
import { FormError } from '../../components/FormError';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { quote } from '../../../src/domain/shared/words';

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

/**
 * What an add form holds, kept by its owner when the form is taken off the screen for a while (while an entry
 * is edited) so that what was typed is there again when it comes back: a `useState` of the owner's.
 */
export type HeldDraft<D> = [D, Dispatch<SetStateAction<D>>];

/** An edit form starts from the entry; an add form from the sprint's first day. */
interface EntryFormProps<T, D> {
  defaultDate: string;
  /** The entry being edited, or undefined to add one. */
  initial?: T;
  /** The add form's fields, held above it; without it the form holds its own. */
  draft?: HeldDraft<D>;
  onSubmit: (value: T) => Promise<void>;
  onCancel?: () => void;
  /** The add form's Escape (its owner, who holds the draft, asks before emptying it). */
  onEscape?: () => void;
}

/** The form's own fields, or the draft its owner holds for it. */
function useFields<D>(start: () => D, held: HeldDraft<D> | undefined): [D, (change: Partial<D>) => void] {
  const own = useState(start);
  const [fields, setFields] = held ?? own;
  return [fields, (change) => setFields((was) => ({ ...was, ...change }))];
}

/**
 * An entry's edit form does not drop a change on Cancel, Escape or a switch of view, screen or team without a
 * question (useUnsavedChanges), and closes at once when nothing changed. An add form's Escape goes to its owner,
 * who holds its draft (useHeldDraft). Returns the form's Cancel, its key handler and the question to render.
 */
function useEntryLeave<D>(
  editing: { was: D; what: string } | null,
  fields: D,
  props: { onCancel?: (() => void) | undefined; onEscape?: (() => void) | undefined },
) {
  const changed = editing !== null && JSON.stringify(fields) !== JSON.stringify(editing.was);
  const unsaved = useUnsavedChanges(changed, editing?.what ?? '', props.onCancel ?? (() => undefined));
  const leave = editing ? unsaved.leave : props.onEscape;
  const onKeyDown = leave ? escapeLeaves(leave) : undefined;
  return { cancel: props.onCancel ? unsaved.leave : undefined, onKeyDown, question: unsaved.question };
}

interface MemberRangeFormProps {
  members: readonly Member[];
  defaults: { startDate: string; endDate: string };
  submitLabel: string;
  /** What the form adds, as its question before what was set goes names it ("the new time off"). */
  what: string;
  onSubmit: (range: MemberRange) => Promise<void>;
}

const sameRange = (a: MemberRange, b: MemberRange) =>
  a.memberId === b.memberId && a.startDate === b.startDate && a.endDate === b.endDate;

/**
 * A new From, and To taken along while the range was one day or would now end before it: the form opens on the
 * sprint's first day for both, and a day off later in the sprint is booked by setting From alone. A To set apart
 * stays as it is; a From emptied while it is typed leaves To alone.
 */
function withFrom(was: Pick<MemberRange, 'startDate' | 'endDate'>, startDate: string): Partial<MemberRange> {
  const follows = startDate !== '' && (was.endDate === was.startDate || was.endDate < startDate);
  return { startDate, ...(follows ? { endDate: startDate } : {}) };
}

/**
 * A member and dates (time off, an on-call shift). What was set and not added is not dropped without a question
 * (useUnsavedChanges): Escape, or another view, screen or team, asks first; Discard changes puts the form back as
 * it opened. An entry's Edit beside it (a holiday's) leaves it as it is. What was not set follows the sprint: its
 * first day, also after Edit sprint moved it, and the first member listed.
 */
export function MemberRangeForm({ members, defaults, submitLabel, what, onSubmit }: MemberRangeFormProps) {
  const opening: MemberRange = {
    memberId: members[0]?.id ?? '',
    startDate: defaults.startDate,
    endDate: defaults.startDate,
  };
  // The fields the person set, over the opening values.
  const [chosen, setChosen] = useState<Partial<MemberRange>>({});
  // What was set when the last entry was added (nothing before the first): nothing to lose while the form shows it.
  const [added, setAdded] = useState<Partial<MemberRange>>({});
  // The list can change while the form is open (a member removed, or no longer taking on-call): the select
  // then shows the first member, and that is the one saved, never the one no longer listed.
  const shown = (over: Partial<MemberRange>): MemberRange => {
    const fields = { ...opening, ...over };
    return { ...fields, memberId: members.some((m) => m.id === fields.memberId) ? fields.memberId : opening.memberId };
  };
  const range = shown(chosen);
  const { memberId, startDate, endDate } = range;
  const change = (part: (was: MemberRange) => Partial<MemberRange>) =>
    setChosen((was) => ({ ...was, ...part({ ...opening, ...was }) }));
  const pickMember = (id: string) => change(() => ({ memberId: id }));
  const setFrom = (typed: string) => change((was) => withFrom(was, typed));
  const setTo = (typed: string) => change(() => ({ endDate: typed }));
  const unsaved = useUnsavedChanges(
    !sameRange(range, shown(added)),
    what,
    () => {
      setChosen({});
      setAdded({});
    },
    { staysForEditors: true },
  );
  const { errors, submit, busy } = useCalendarForm(MemberRangeSchema, onSubmit);
  return (
    <>
      <form onSubmit={submit(range, () => setAdded(chosen))} onKeyDown={escapeLeaves(unsaved.leave)} noValidate>
        <FormRow label={submitLabel} busy={busy}>
          <Field label="Member" error={errors.memberId}>
            {(p) => (
              <select {...p} value={memberId} onChange={(e) => pickMember(e.target.value)}>
                <MemberOptions members={members} />
              </select>
            )}
          </Field>
          <Field label="From" error={errors.startDate}>
            {(p) => <input {...p} type="date" value={startDate} onChange={(e) => setFrom(e.target.value)} />}
          </Field>
          <Field label="To" error={errors.endDate}>
            {(p) => <input {...p} type="date" value={endDate} onChange={(e) => setTo(e.target.value)} />}
          </Field>
        </FormRow>
        <FormError message={errors.form} />
      </form>
      {/* Outside the form: the question's own Escape (Keep editing) must not reach the form's. */}
      {unsaved.question}
    </>
  );
}

/** A holiday form's fields as typed. */
export interface HolidayDraft {
  date: string;
  name: string;
}

export const emptyHoliday = (defaultDate: string): HolidayDraft => ({ date: defaultDate, name: '' });

export function HolidayForm(props: EntryFormProps<HolidayFields, HolidayDraft>) {
  const { defaultDate, initial, draft, onSubmit } = props;
  const [fields, change] = useFields(
    () => (initial ? { date: initial.date, name: initial.name } : emptyHoliday(defaultDate)),
    draft,
  );
  const editing = initial
    ? { was: { date: initial.date, name: initial.name }, what: `the holiday ${quote(initial.name)}` }
    : null;
  const { cancel, onKeyDown, question } = useEntryLeave(editing, fields, props);
  const { date, name } = fields;
  const setDate = (value: string) => change({ date: value });
  const setName = (value: string) => change({ name: value });
  const { errors, submit, busy } = useCalendarForm(HolidayFieldsSchema, onSubmit);
  return (
    <>
      <form onSubmit={submit({ date, name }, () => setName(''))} onKeyDown={onKeyDown} noValidate>
        <FormRow label={initial ? 'Save holiday' : 'Add holiday'} busy={busy} {...(cancel ? { onCancel: cancel } : {})}>
          <Field label="Holiday date" error={errors.date}>
            {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
          <Field label="Holiday name" error={errors.name}>
            {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
        </FormRow>
        <FormError message={errors.form} />
      </form>
      {/* Outside the form: the question's own Escape (Keep editing) must not reach the form's. */}
      {question}
    </>
  );
}

/** "2026-11-05T22:00" typed in a datetime-local field, read as UTC. */
export function utcFromLocalField(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00.000Z` : value;
}

/** "2026-11-05T22:00:00.000Z" as a datetime-local field shows it (the field is read as UTC). */
const localField = (iso: string) => iso.slice(0, 16);

/** A change window form's fields as typed (the times as the datetime-local fields hold them). */
export interface ChangeWindowDraft {
  name: string;
  kind: 'window' | 'freeze';
  start: string;
  end: string;
}

export const emptyChangeWindow = (defaultDate: string): ChangeWindowDraft => ({
  name: '',
  kind: 'window',
  start: `${defaultDate}T22:00`,
  end: '',
});

const windowDraftOf = (w: ChangeWindowFields): ChangeWindowDraft => ({
  name: w.name,
  kind: w.kind,
  start: localField(w.start),
  end: localField(w.end),
});

export function ChangeWindowForm(props: EntryFormProps<ChangeWindowFields, ChangeWindowDraft>) {
  const { defaultDate, initial, draft, onSubmit } = props;
  const [fields, change] = useFields(() => (initial ? windowDraftOf(initial) : emptyChangeWindow(defaultDate)), draft);
  const editing = initial
    ? {
        was: windowDraftOf(initial),
        what: `the ${initial.kind === 'freeze' ? 'freeze' : 'change window'} ${quote(initial.name)}`,
      }
    : null;
  const { cancel, onKeyDown, question } = useEntryLeave(editing, fields, props);
  const { name, kind, start, end } = fields;
  const setName = (value: string) => change({ name: value });
  const setKind = (value: 'window' | 'freeze') => change({ kind: value });
  const setStart = (value: string) => change({ start: value });
  const setEnd = (value: string) => change({ end: value });
  const { errors, submit, busy } = useCalendarForm(ChangeWindowFieldsSchema, onSubmit);
  const value = { name, kind, start: utcFromLocalField(start), end: utcFromLocalField(end) };
  return (
    <>
      <form onSubmit={submit(value, () => setName(''))} onKeyDown={onKeyDown} noValidate>
        <FormRow label={initial ? 'Save window' : 'Add window'} busy={busy} {...(cancel ? { onCancel: cancel } : {})}>
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
      {/* Outside the form: the question's own Escape (Keep editing) must not reach the form's. */}
      {question}
    </>
  );
}
