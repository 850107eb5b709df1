import { NOT_ESTIMATED } from '../../../src/domain/backlog/vocabulary';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ItemFieldsSchema } from '../../../src/api/contract/backlog';
import { readiness } from '../../../src/domain/backlog/readiness';
import { placeholdersLeft } from '../../../src/domain/backlog/templates';
import { shortened } from '../../../src/domain/imports/quote';
import {
  ITEM_STATUSES,
  ITEM_STATUS_NAMES,
  ITEM_TYPES,
  ITEM_TYPE_NAMES,
  LINK_KINDS,
  LINK_KIND_NAMES,
  type BacklogItem,
  type ItemType,
  type ItemStatus,
  type LinkKind,
} from '../../../src/domain/backlog/schema';
import { pointsRecordedBy, pointsRecordedWhy } from '../../../src/domain/planning/rules';
import type { Sprint } from '../../../src/domain/planning/schema';
import { newId } from '../../../src/domain/shared/ids';
import { LIMITS, textLength } from '../../../src/domain/shared/limits';
import { numberText, plural, quote } from '../../../src/domain/shared/words';
import { describeScale, estimateFigure, isOnScale, scaleCards } from '../../../src/domain/team/scales';
import { FORMER_MEMBER } from '../../../src/domain/team/member-name';
import type { TeamSettings } from '../../../src/domain/team/schema';
import type { ItemFields } from '../../../src/domain/backlog/schema';
import { ApiCallError, messageOf } from '../../api/errors';
import { Field } from '../../components/Field';
import { fieldErrors } from '../../components/form-errors';
import { Markdown } from '../../components/Markdown';
import { Modal } from '../../components/Modal';
import { editedDraftFields, fieldsFromDraft, ticksToSave, type ItemDraft } from './item-draft';
import { MemberOptions, NamedOptions } from '../../components/Options';
import { DialogActions } from '../../components/DialogActions';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { useEntryFocus } from './entry-focus';
import { addNextOnEnter, entryAfter, insertedAfter, isSaveKeys, SAVE_KEYS } from './entry-keys';

interface ItemEditorProps {
  title: string;
  initial: ItemDraft;
  settings: TeamSettings;
  /** Who can own the item. */
  members: readonly { id: string; name: string }[];
  submitLabel: string;
  onSubmit: (fields: ItemFields, templateId: string | null) => Promise<void>;
  onClose: () => void;
  /**
   * The form makes a new item: the unsaved-changes question calls it "this new item", also when a template filled
   * its title ("Automate nightly backups for <database>" names no item).
   */
  isNew?: boolean;
  /** The item edited is no longer in the team: deleted elsewhere (another window, a sync, the room). */
  gone?: boolean;
  /**
   * Saves the edits as a new item, offered in place of Save once the item edited turns out deleted (`gone`, or
   * a save answered "not found"), so the work is not lost with nowhere to save it.
   */
  onSaveAsNew?: (fields: ItemFields, templateId: string | null) => Promise<void>;
  /**
   * The item edited as stored (its sprint and status) and the team's sprints: the points of a closed sprint's item
   * are its record, shown read-only with the reason, unless the status chosen reopens the item.
   */
  record?: {
    item: Pick<BacklogItem, 'status' | 'sprintId'>;
    sprints: readonly Pick<Sprint, 'id' | 'name' | 'state'>[];
  };
}

/**
 * Validates with the api's own schema plus the team's point scale, so the form says what the api would:
 * an estimate the item already held (`kept`) stays even when the team's scale has changed since. A title
 * that still holds its template's placeholders ("<database>") is refused, naming them.
 */
export function validateItem(
  fields: ItemFields,
  settings: TeamSettings,
  kept: number | null = null,
  templateId: string | null = null,
): Record<string, string> {
  const parsed = ItemFieldsSchema.safeParse(fields);
  const errors = parsed.success ? {} : fieldErrors(parsed.error.issues);
  const left = placeholdersLeft(templateId, fields.title);
  if (left.length > 0) {
    errors.title ??= `Replace ${left.join(' and ')} in the title with what this item is about.`;
  }
  if (fields.points !== null && fields.points !== kept && !isOnScale(settings.pointScale, fields.points)) {
    errors.points ??= `${fields.points} is not on this team's point scale (${describeScale(settings.pointScale)}).`;
  }
  return errors;
}

/** The lists of the form whose entries are checked one by one, and what an entry is called on screen. */
const ENTRY_NAMES = { links: 'Link', acceptanceCriteria: 'Criterion' } as const;

/**
 * Names the entry of a list an error is about by its number in the form ("Link 3: …") and marks it (key
 * `entry:<id>`): blank entries are not sent, so the place the check reports is not the one on screen. A label
 * refused is named by (the start of) its text ("Label “…”: …"): the labels share one field, and blank and repeated
 * ones are not sent.
 */
export function withEntriesNamed(
  errors: Record<string, string>,
  draft: ItemDraft,
  fields: ItemFields,
): Record<string, string> {
  const out = { ...errors };
  for (const list of Object.keys(ENTRY_NAMES) as (keyof typeof ENTRY_NAMES)[]) {
    const key = Object.keys(errors).find((k) => k.startsWith(`${list}.`));
    if (key === undefined) continue;
    const sent = fields[list][Number(key.split('.')[1])];
    const number = sent ? draft[list].findIndex((entry) => entry.id === sent.id) + 1 : 0;
    if (!sent || number === 0) continue;
    out[list] = `${ENTRY_NAMES[list]} ${number}: ${errors[key]}`;
    out[`entry:${sent.id}`] = out[list];
  }
  const labelKey = Object.keys(errors).find((k) => k.startsWith('labels.'));
  const label = labelKey === undefined ? undefined : fields.labels[Number(labelKey.split('.')[1])];
  if (labelKey !== undefined && label !== undefined)
    out.labels = `Label ${quote(shortened(label))}: ${errors[labelKey]}`;
  return out;
}

/**
 * Moves the focus from Save to the first entry, in the form's order, that the errors name (`entry:<id>`), so the
 * person lands on the link or criterion the message is about. Other refusals leave the focus where it is.
 */
function focusRefusedEntry(form: HTMLFormElement | null, errors: Record<string, string>): void {
  const entries = form ? [...form.querySelectorAll<HTMLElement>('[data-entry-id]')] : [];
  entries.find((entry) => errors[`entry:${entry.dataset.entryId ?? ''}`] !== undefined)?.focus();
}

export function ItemEditor(props: ItemEditorProps) {
  const { title, initial, settings, members, submitLabel, onSubmit, onClose, isNew = false, gone = false } = props;
  const { onSaveAsNew, record } = props;
  const [draft, setDraft] = useState<ItemDraft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [goneOnSave, setGoneOnSave] = useState(false);
  const deleted = onSaveAsNew !== undefined && (gone || goneOnSave);
  const formRef = useRef<HTMLFormElement>(null);
  const addCriterionRef = useRef<HTMLButtonElement>(null);
  const addLinkRef = useRef<HTMLButtonElement>(null);
  const { focusEntry, focusEntryNow, focusAfterRemoving } = useEntryFocus(formRef);
  const set = <K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // What the item held that the team has since taken away is shown as stored (not as "Not estimated" or
  // "No owner" while it is still sent) and saved as it is: an estimate off the team's current scale, an
  // owner who has left the team.
  const oldPoints = initial.points !== null && !isOnScale(settings.pointScale, initial.points) ? initial.points : null;
  const formerOwner = initial.ownerId && !members.some((m) => m.id === initial.ownerId) ? initial.ownerId : null;
  // A closed sprint's item keeps the points its sprint recorded; a status that reopens it frees them.
  const recordedBy = (status: ItemStatus) => (record ? pointsRecordedBy(record.item, status, record.sprints) : null);
  const pointsRecord = recordedBy(draft.status);

  // Escape, Cancel, a switch of screen or team ask before dropping what was typed and not saved.
  const changed = useMemo(() => Object.keys(editedDraftFields(initial, draft)).length > 0, [initial, draft]);
  const what = isNew || !initial.title.trim() ? 'this new item' : quote(initial.title);
  const unsaved = useUnsavedChanges(changed, what, onClose);

  // Ticks of Definition of Ready entries the team removed meanwhile have no checkbox left: they are not saved.
  const ticks = useMemo(
    () => ticksToSave(draft.readyChecks, settings.definitionOfReady, isNew || deleted ? null : initial.readyChecks),
    [draft.readyChecks, settings.definitionOfReady, isNew, deleted, initial.readyChecks],
  );
  const ticksDropped = draft.readyChecks.length - ticks.length;

  const preview = useMemo(
    () => readiness(fieldsFromDraft(draft), settings.definitionOfReady),
    [draft, settings.definitionOfReady],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { ...fieldsFromDraft(draft), readyChecks: ticks };
    const found = withEntriesNamed(validateItem(fields, settings, oldPoints, draft.templateId), draft, fields);
    setErrors(found);
    focusRefusedEntry(formRef.current, found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await (deleted ? onSaveAsNew : onSubmit)(fields, draft.templateId);
    } catch (error) {
      if (!deleted && onSaveAsNew && error instanceof ApiCallError && error.code === 'not_found') {
        // Deleted elsewhere and this screen had not heard yet: the edits stay, with a place to save them.
        setGoneOnSave(true);
        setErrors({});
        return;
      }
      const refused =
        error instanceof ApiCallError
          ? { ...withEntriesNamed(fieldErrors(error.issues), draft, fields), form: error.message }
          : { form: messageOf(error) };
      setErrors(refused);
      focusRefusedEntry(formRef.current, refused);
    } finally {
      setSaving(false);
    }
  };

  /**
   * A blank criterion or link, after the entry `after` (at the end without one), focused to be typed in. Enter in
   * an entry followed by a blank one goes to that one instead: blanks are not saved, and a second would only be
   * in the way.
   */
  const addCriterion = (after: string | null) => {
    const next = after === null ? undefined : entryAfter(draft.acceptanceCriteria, after);
    if (next?.text.trim() === '') return focusEntryNow(next.id);
    const id = newId();
    focusEntry(id);
    set('acceptanceCriteria', insertedAfter(draft.acceptanceCriteria, after, { id, text: '', done: false }));
  };
  // One added by Enter in a link takes that link's kind: the next of a run of tickets is a ticket too.
  const addLink = (after: { id: string; kind: LinkKind } | null) => {
    const next = after === null ? undefined : entryAfter(draft.links, after.id);
    if (next?.value.trim() === '') return focusEntryNow(next.id);
    const id = newId();
    focusEntry(id);
    set('links', insertedAfter(draft.links, after?.id ?? null, { id, kind: after?.kind ?? 'pr', value: '' }));
  };

  // Counted as the limit counts (the characters a person sees), so the counter and the refusal agree.
  const descriptionLength = useMemo(() => textLength(draft.description), [draft.description]);
  const criteriaErrorId = useId();
  const linksErrorId = useId();
  /** An entry's control, marked invalid and described by its list's message while that names it. */
  const entryState = (id: string, errorId: string) =>
    errors[`entry:${id}`] === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': errorId };

  return (
    <Modal title={title} onClose={unsaved.leave} wide>
      <form
        ref={formRef}
        className="item-editor"
        onSubmit={submit}
        noValidate
        onKeyDown={(event) => {
          // The question about unsaved changes is drawn elsewhere in the page (a portal): its keys are its own.
          if (!isSaveKeys(event) || !event.currentTarget.contains(event.target as Node)) return;
          event.preventDefault();
          // While saving, as the Save button does: a second press cannot save twice.
          if (!saving) event.currentTarget.requestSubmit();
        }}
      >
        {deleted ? (
          <p className="form-error" role="alert">
            {`${quote(initial.title)} was deleted elsewhere (in another window, by a sync or in the room) while you edited it. Your edits are still here: save them as a new item, or cancel to drop them.`}
          </p>
        ) : null}
        {Object.keys(errors).length > 0 ? (
          <p className="form-error" role="alert">
            {errors.form ?? 'Some fields need attention before the item can be saved.'}
          </p>
        ) : null}
        <div className="item-editor__columns">
          <div>
            <Field label="Title" error={errors.title}>
              {(p) => (
                <input
                  {...p}
                  value={draft.title}
                  onChange={(e) => set('title', e.target.value)}
                  data-autofocus
                  autoComplete="off"
                />
              )}
            </Field>
            <div className="row">
              <Field label="Type" error={errors.type}>
                {(p) => (
                  <select {...p} value={draft.type} onChange={(e) => set('type', e.target.value as ItemType)}>
                    <NamedOptions values={ITEM_TYPES} names={ITEM_TYPE_NAMES} />
                  </select>
                )}
              </Field>
              <Field
                label="Story points"
                error={errors.points}
                hint={pointsRecord ? pointsRecordedWhy(pointsRecord.name) : undefined}
              >
                {(p) =>
                  pointsRecord ? (
                    <input
                      {...p}
                      readOnly
                      value={draft.points === null ? NOT_ESTIMATED : estimateFigure(settings.pointScale, draft.points)}
                    />
                  ) : (
                    <select
                      {...p}
                      value={draft.points === null ? '' : String(draft.points)}
                      onChange={(e) => set('points', e.target.value === '' ? null : Number(e.target.value))}
                    >
                      <option value="">{NOT_ESTIMATED}</option>
                      {oldPoints === null ? null : (
                        <option value={oldPoints}>{`${oldPoints} (not on the team’s scale)`}</option>
                      )}
                      {scaleCards(settings.pointScale).map((c) => (
                        <option key={c.label} value={c.value}>
                          {c.label === String(c.value) ? c.label : `${c.label} (${c.value})`}
                        </option>
                      ))}
                    </select>
                  )
                }
              </Field>
              <Field label="Status" error={errors.status}>
                {(p) => (
                  <select
                    {...p}
                    value={draft.status}
                    onChange={(e) => {
                      const status = e.target.value as ItemStatus;
                      // Back to a status that keeps it in its closed sprint: its recorded points again.
                      setDraft((d) => ({ ...d, status, ...(recordedBy(status) ? { points: initial.points } : {}) }));
                    }}
                  >
                    <NamedOptions values={ITEM_STATUSES} names={ITEM_STATUS_NAMES} />
                  </select>
                )}
              </Field>
              <Field label="Owner" error={errors.ownerId}>
                {(p) => (
                  <select {...p} value={draft.ownerId ?? ''} onChange={(e) => set('ownerId', e.target.value || null)}>
                    <option value="">No owner</option>
                    {formerOwner ? <option value={formerOwner}>{FORMER_MEMBER}</option> : null}
                    <MemberOptions members={members} />
                  </select>
                )}
              </Field>
            </div>
            <Field label="Labels" error={errors.labels} hint="Comma separated, e.g. monitoring, kubernetes, dns.">
              {(p) => (
                <input {...p} value={draft.labels} onChange={(e) => set('labels', e.target.value)} autoComplete="off" />
              )}
            </Field>
            <Field
              label="Description (Markdown)"
              error={errors.description}
              hint={`${numberText(descriptionLength)} of ${numberText(LIMITS.markdown)} characters`}
            >
              {(p) => (
                <textarea
                  {...p}
                  rows={8}
                  value={draft.description}
                  onChange={(e) => set('description', e.target.value)}
                />
              )}
            </Field>
            <div className="field field--checkbox">
              <label>
                <input
                  type="checkbox"
                  checked={draft.needsChangeWindow}
                  onChange={(e) => set('needsChangeWindow', e.target.checked)}
                />{' '}
                Needs a change window
              </label>
            </div>
          </div>
          <div>
            <fieldset>
              <legend>Acceptance criteria</legend>
              {errors.acceptanceCriteria ? (
                <p className="field__error" id={criteriaErrorId}>
                  {errors.acceptanceCriteria}
                </p>
              ) : null}
              <ol className="criteria">
                {draft.acceptanceCriteria.map((c, i) => (
                  <li key={c.id}>
                    <input
                      type="checkbox"
                      aria-label={`Criterion ${i + 1} met`}
                      checked={c.done}
                      onChange={(e) =>
                        set(
                          'acceptanceCriteria',
                          draft.acceptanceCriteria.map((x) => (x.id === c.id ? { ...x, done: e.target.checked } : x)),
                        )
                      }
                    />
                    <input
                      aria-label={`Acceptance criterion ${i + 1}`}
                      data-entry-id={c.id}
                      {...entryState(c.id, criteriaErrorId)}
                      value={c.text}
                      onKeyDown={addNextOnEnter(c.text, () => addCriterion(c.id))}
                      onChange={(e) =>
                        set(
                          'acceptanceCriteria',
                          draft.acceptanceCriteria.map((x) => (x.id === c.id ? { ...x, text: e.target.value } : x)),
                        )
                      }
                    />
                    <button
                      type="button"
                      aria-label={`Remove criterion ${i + 1}`}
                      onClick={() => {
                        focusAfterRemoving(draft.acceptanceCriteria, c.id, addCriterionRef);
                        set(
                          'acceptanceCriteria',
                          draft.acceptanceCriteria.filter((x) => x.id !== c.id),
                        );
                      }}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ol>
              <button ref={addCriterionRef} type="button" onClick={() => addCriterion(null)}>
                Add criterion
              </button>
              <p className="field__hint">{`Enter adds the next criterion; ${SAVE_KEYS} saves the item.`}</p>
            </fieldset>
            <fieldset>
              <legend>Links</legend>
              {errors.links ? (
                <p className="field__error" id={linksErrorId}>
                  {errors.links}
                </p>
              ) : null}
              <ul className="links-editor">
                {draft.links.map((l, i) => (
                  <li key={l.id}>
                    <select
                      aria-label={`Link ${i + 1} kind`}
                      value={l.kind}
                      onChange={(e) =>
                        set(
                          'links',
                          draft.links.map((x) => (x.id === l.id ? { ...x, kind: e.target.value as LinkKind } : x)),
                        )
                      }
                    >
                      <NamedOptions values={LINK_KINDS} names={LINK_KIND_NAMES} />
                    </select>
                    <input
                      aria-label={`Link ${i + 1} address or ticket key`}
                      data-entry-id={l.id}
                      {...entryState(l.id, linksErrorId)}
                      value={l.value}
                      placeholder={l.kind === 'ticket' ? 'OPS-123' : 'https://'}
                      onKeyDown={addNextOnEnter(l.value, () => addLink(l))}
                      onChange={(e) =>
                        set(
                          'links',
                          draft.links.map((x) => (x.id === l.id ? { ...x, value: e.target.value } : x)),
                        )
                      }
                    />
                    <button
                      type="button"
                      aria-label={`Remove link ${i + 1}`}
                      onClick={() => {
                        focusAfterRemoving(draft.links, l.id, addLinkRef);
                        set(
                          'links',
                          draft.links.filter((x) => x.id !== l.id),
                        );
                      }}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
              <button ref={addLinkRef} type="button" onClick={() => addLink(null)}>
                Add link
              </button>
              <p className="field__hint">{`Enter adds the next link; ${SAVE_KEYS} saves the item.`}</p>
            </fieldset>
            <fieldset>
              <legend>Definition of Ready</legend>
              <p className={preview.ready ? 'ready-yes' : 'ready-no'}>
                {preview.ready ? 'Ready for a sprint' : 'Not ready yet'}
              </p>
              <ul className="ready-checks">
                {preview.checks.map(({ entry, met, automatic }) => (
                  <li key={entry.id}>
                    {automatic ? (
                      <span>
                        <span aria-hidden="true">{met ? '✓' : '✗'}</span> {entry.text}{' '}
                        <span className="sr-only">{met ? '(met)' : '(not met)'}</span>
                      </span>
                    ) : (
                      <label>
                        <input
                          type="checkbox"
                          checked={draft.readyChecks.includes(entry.id)}
                          onChange={(e) =>
                            set(
                              'readyChecks',
                              e.target.checked
                                ? [...draft.readyChecks, entry.id]
                                : draft.readyChecks.filter((x) => x !== entry.id),
                            )
                          }
                        />{' '}
                        {entry.text}
                      </label>
                    )}
                  </li>
                ))}
              </ul>
              {ticksDropped > 0 ? (
                <p className="field__hint" role="status">
                  {ticksDropped === 1
                    ? 'A ticked entry was removed from the team’s Definition of Ready meanwhile: its tick is not saved.'
                    : `${plural(ticksDropped, 'ticked entry', 'ticked entries')} were removed from the team’s Definition of Ready meanwhile: their ticks are not saved.`}
                </p>
              ) : null}
            </fieldset>
          </div>
        </div>
        {draft.description.trim() && descriptionLength <= LIMITS.markdown ? (
          <section className="preview" aria-label="Description preview">
            <h3>Preview</h3>
            <Markdown text={draft.description} />
          </section>
        ) : null}
        <DialogActions confirm={deleted ? 'Save as a new item' : submitLabel} onCancel={unsaved.leave} busy={saving} />
        {unsaved.question}
      </form>
    </Modal>
  );
}
