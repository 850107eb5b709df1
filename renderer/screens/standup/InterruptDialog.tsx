import { useState, type FormEvent } from 'react';
import {
  ITEM_TYPES,
  ITEM_TYPE_NAMES,
  SEVERITIES,
  type ItemType,
  type Severity,
} from '../../../src/domain/backlog/schema';
import type { BufferGauge as Gauge } from '../../../src/domain/board/buffer';
import { activeSprintOf } from '../../../src/domain/board/cards';
import { InterruptFieldsSchema, SEVERITY_NAMES } from '../../../src/domain/board/interrupt';
import type { TeamDoc } from '../../../src/domain/workspace';
import { estimateFigure, scaleCards } from '../../../src/domain/team/scales';
import { quote } from '../../../src/domain/shared/words';
import { ApiCallError, messageOf } from '../../api/errors';
import { Field } from '../../components/Field';
import { numberFromInput } from '../../components/number-input';
import { fieldErrors } from '../../components/form-errors';
import { Modal } from '../../components/Modal';
import { useAppStore } from '../../store';
import { MemberOptions, NamedOptions } from '../../components/Options';
import { FormError } from '../../components/FormError';
import { DialogActions } from '../../components/DialogActions';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { bufferSentence, sprintBuffer } from './BufferGauge';
import { useCopyKept } from './use-copy-kept';

/** The sprint a Log interrupt was opened in. */
export interface OpenedIn {
  id: string;
  name: string;
}

interface InterruptDialogProps {
  /** The open team as it is now: its members, point scale and active sprint. */
  team: TeamDoc;
  /** The active sprint when the dialog opened: another window may close it while the interrupt is typed. */
  openedIn: OpenedIn | null;
  /** Who took it unless another is picked: the speaker, while a standup runs (as a blocker raised then is theirs). */
  takenBy?: string | null;
  onClose: () => void;
}

/** The fields the dialog shows a message under (the estimate's under Hours or Points, whichever shows). */
const FIELDS = ['title', 'key', 'severity', 'type', 'points', 'hours', 'estimate', 'takenBy'];

/** The open team's interrupt buffer as the Board tab's gauge shows it, once an interrupt is in its active sprint. */
function bufferOf(team: TeamDoc | null): Gauge | null {
  const sprint = team ? activeSprintOf(team.sprints) : null;
  if (!team || !sprint) return null;
  return sprintBuffer(team.items, sprint, team.settings);
}

/** "Log interrupt": unplanned work in a few fields; sized in points or hours. */
export function InterruptDialog({ team, openedIn, takenBy: taker = null, onClose }: InterruptDialogProps) {
  const { members } = team;
  const scale = team.settings.pointScale;
  const logInterrupt = useAppStore((s) => s.logInterrupt);
  const pushToast = useAppStore((s) => s.pushToast);
  const [title, setTitle] = useState('');
  const [key, setKey] = useState('');
  const [severity, setSeverity] = useState<Severity>('sev3');
  const [type, setType] = useState<ItemType>('incident');
  const [unit, setUnit] = useState<'points' | 'hours'>('hours');
  const [pickedPoints, setPoints] = useState('');
  const [hours, setHours] = useState('');
  const onTeam = (id: string) => members.some((m) => m.id === id);
  const [initialPick] = useState(taker !== null && onTeam(taker) ? taker : '');
  const [picked, setTakenBy] = useState(initialPick);
  // Someone picked may be removed from the team while the dialog is open (another window, a sync): the select then
  // shows Nobody yet, and the interrupt is logged as it shows rather than refused for a person no longer listed.
  const takenBy = onTeam(picked) ? picked : '';
  const initialTaker = onTeam(initialPick) ? initialPick : '';
  // Likewise the points picked, once the team's scale changes under them: Pick points shows, and is what is sent.
  const points = scaleCards(scale).some((c) => String(c.value) === pickedPoints) ? pickedPoints : '';
  // Another window may close the sprint the dialog was opened in: the interrupt then goes into the sprint active now,
  // or, with none, can only be copied. The dialog stays with what was typed and says which.
  const activeNow = activeSprintOf(team.sprints);
  const closed = openedIn !== null && activeNow?.id !== openedIn.id ? openedIn : null;
  const copyOnly = closed !== null && activeNow === null;
  const kept = useCopyKept<HTMLInputElement>('the interrupt');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Read as every typed number is ("2,5" is two and a half); empty is no estimate, anything else unreadable NaN.
    const toNumber = (v: string) => (v.trim() === '' ? null : numberFromInput(v));
    const candidate = {
      title,
      key,
      severity,
      type,
      points: unit === 'points' ? toNumber(points) : null,
      hours: unit === 'hours' ? toNumber(hours) : null,
      takenBy: takenBy || null,
    };
    const parsed = InterruptFieldsSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues.map((i) => ({ ...i, path: i.path.map(String) }))));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const item = await logInterrupt(candidate);
      const buffer = bufferOf(useAppStore.getState().team);
      pushToast({
        kind: 'success',
        message: `Logged interrupt ${quote(item.title)} in the interrupt lane.${buffer ? ` ${bufferSentence(buffer)}` : ''}`,
      });
      onClose();
    } catch (error) {
      // A refusal about one field (a point scale or a team changed in another window) shows at that field, which
      // takes the focus; anything else above the buttons.
      const byField = error instanceof ApiCallError ? fieldErrors(error.issues) : {};
      const atFields = Object.keys(byField).some((k) => FIELDS.includes(k));
      setErrors(atFields ? byField : { form: messageOf(error) });
      setBusy(false);
    }
  };

  // Logged while the incident is still on people's minds: Escape or Cancel asks before what was filled in is gone.
  const changed =
    [title, key, points, hours].some((v) => v.trim() !== '') ||
    severity !== 'sev3' ||
    type !== 'incident' ||
    takenBy !== initialTaker;
  // What a copy holds: the fields as filled in, one a line, so nothing typed is lost with the sprint.
  const estimate =
    unit === 'hours' ? (hours.trim() ? `${hours.trim()} h` : '') : points ? estimateFigure(scale, Number(points)) : '';
  const copyText = [
    `- Interrupt: ${title.trim()}`,
    key.trim() ? `- Key: ${key.trim()}` : '',
    `- Severity: ${SEVERITY_NAMES[severity]}`,
    `- Type: ${ITEM_TYPE_NAMES[type]}`,
    estimate ? `- Estimate: ${estimate}` : '',
    takenBy ? `- Taken by: ${members.find((m) => m.id === takenBy)?.name ?? ''}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  // Once copied, closing drops nothing.
  const unsaved = useUnsavedChanges(changed && kept.copied !== copyText, 'the interrupt', onClose);

  const estimateError = errors.estimate ?? errors.points ?? errors.hours;
  // The other unit's field has other rules: a message about the hours does not stay under Points (or back).
  const chooseUnit = (next: 'points' | 'hours') => {
    setUnit(next);
    setErrors(({ estimate: _e, points: _p, hours: _h, ...others }) => others);
  };
  return (
    <>
      <Modal title="Log interrupt" onClose={unsaved.leave}>
        <form className="grid-form" onSubmit={copyOnly ? (event) => event.preventDefault() : submit} noValidate>
          {closed ? (
            <p className="notice-box" role="status">
              {activeNow
                ? `${closed.name} was closed on another screen. The interrupt goes into the sprint active now, ${activeNow.name}.`
                : `${closed.name} was closed on another screen and no sprint is active, so the interrupt cannot be logged. Copy it to keep it, and log it once the next sprint has started.`}
            </p>
          ) : null}
          <Field label="What came in" error={errors.title}>
            {(p) => (
              <input {...p} ref={kept.field} data-autofocus value={title} onChange={(e) => setTitle(e.target.value)} />
            )}
          </Field>
          <Field label="Ticket or incident key" error={errors.key} hint="Optional, e.g. INC-2041.">
            {(p) => <input {...p} value={key} onChange={(e) => setKey(e.target.value)} />}
          </Field>
          <Field label="Severity" error={errors.severity}>
            {(p) => (
              <select {...p} value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
                <NamedOptions values={SEVERITIES} names={SEVERITY_NAMES} />
              </select>
            )}
          </Field>
          <Field label="Type" error={errors.type}>
            {(p) => (
              <select {...p} value={type} onChange={(e) => setType(e.target.value as ItemType)}>
                <NamedOptions values={ITEM_TYPES} names={ITEM_TYPE_NAMES} />
              </select>
            )}
          </Field>
          <fieldset className="interrupt-estimate">
            <legend>Estimate</legend>
            <label>
              <input type="radio" name="unit" checked={unit === 'hours'} onChange={() => chooseUnit('hours')} /> In
              hours
            </label>
            <label>
              <input type="radio" name="unit" checked={unit === 'points'} onChange={() => chooseUnit('points')} /> In
              points
            </label>
            {unit === 'hours' ? (
              <Field label="Hours" error={estimateError}>
                {(p) => <input {...p} inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />}
              </Field>
            ) : (
              <Field label="Points" error={estimateError}>
                {(p) => (
                  <select {...p} value={points} onChange={(e) => setPoints(e.target.value)}>
                    <option value="">Pick points</option>
                    {scaleCards(scale).map((c) => (
                      <option key={c.label} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </fieldset>
          <Field label="Taken by" error={errors.takenBy}>
            {(p) => (
              <select {...p} value={takenBy} onChange={(e) => setTakenBy(e.target.value)}>
                <option value="">Nobody yet</option>
                <MemberOptions members={members} />
              </select>
            )}
          </Field>
          <FormError message={copyOnly ? kept.error : errors.form} />
          {copyOnly ? (
            <DialogActions
              confirm="Copy interrupt"
              onConfirm={() => kept.copy(copyText)}
              onCancel={unsaved.leave}
              cancel="Close"
            />
          ) : (
            <DialogActions confirm="Log interrupt" onCancel={unsaved.leave} busy={busy} />
          )}
        </form>
      </Modal>
      {unsaved.question}
    </>
  );
}
