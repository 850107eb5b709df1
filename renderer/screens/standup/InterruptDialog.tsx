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
import type { Member } from '../../../src/domain/team/schema';
import { scaleCards, type PointScale } from '../../../src/domain/team/scales';
import { messageOf } from '../../api/errors';
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

interface InterruptDialogProps {
  members: Member[];
  scale: PointScale;
  /** Who took it unless another is picked: the speaker, while a standup runs (as a blocker raised then is theirs). */
  takenBy?: string | null;
  onClose: () => void;
}

/** The open team's interrupt buffer as the Board tab's gauge shows it, once an interrupt is in its active sprint. */
function bufferOf(team: TeamDoc | null): Gauge | null {
  const sprint = team ? activeSprintOf(team.sprints) : null;
  if (!team || !sprint) return null;
  return sprintBuffer(team.items, sprint, team.settings);
}

/** "Log interrupt": unplanned work in a few fields; sized in points or hours. */
export function InterruptDialog({ members, scale, takenBy: taker = null, onClose }: InterruptDialogProps) {
  const logInterrupt = useAppStore((s) => s.logInterrupt);
  const pushToast = useAppStore((s) => s.pushToast);
  const [title, setTitle] = useState('');
  const [key, setKey] = useState('');
  const [severity, setSeverity] = useState<Severity>('sev3');
  const [type, setType] = useState<ItemType>('incident');
  const [unit, setUnit] = useState<'points' | 'hours'>('hours');
  const [points, setPoints] = useState('');
  const [hours, setHours] = useState('');
  const [initialTaker] = useState(taker !== null && members.some((m) => m.id === taker) ? taker : '');
  const [takenBy, setTakenBy] = useState(initialTaker);
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
        message: `Logged interrupt "${item.title}" in the interrupt lane.${buffer ? ` ${bufferSentence(buffer)}` : ''}`,
      });
      onClose();
    } catch (error) {
      setErrors({ form: messageOf(error) });
      setBusy(false);
    }
  };

  // Logged while the incident is still on people's minds: Escape or Cancel asks before what was filled in is gone.
  const changed =
    [title, key, points, hours].some((v) => v.trim() !== '') ||
    severity !== 'sev3' ||
    type !== 'incident' ||
    takenBy !== initialTaker;
  const unsaved = useUnsavedChanges(changed, 'the interrupt', onClose);

  const estimateError = errors.estimate ?? errors.points ?? errors.hours;
  // The other unit's field has other rules: a message about the hours does not stay under Points (or back).
  const chooseUnit = (next: 'points' | 'hours') => {
    setUnit(next);
    setErrors(({ estimate: _e, points: _p, hours: _h, ...others }) => others);
  };
  return (
    <>
      <Modal title="Log interrupt" onClose={unsaved.leave}>
        <form className="grid-form" onSubmit={submit} noValidate>
          <Field label="What came in" error={errors.title}>
            {(p) => <input {...p} data-autofocus value={title} onChange={(e) => setTitle(e.target.value)} />}
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
          <FormError message={errors.form} />
          <DialogActions confirm="Log interrupt" onCancel={unsaved.leave} busy={busy} />
        </form>
      </Modal>
      {unsaved.question}
    </>
  );
}
