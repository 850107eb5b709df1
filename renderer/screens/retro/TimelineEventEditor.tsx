import { quote } from '../../../src/domain/shared/words';
import { useState, type KeyboardEvent } from 'react';
import type { TimelineEntry } from '../../../src/domain/retro/schema';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';
import { timelineFieldsFrom, type EventRefusal, type TypedEvent } from './timeline-fields';
import { TimelineEventFields } from './TimelineEventFields';
import { isoToUtcInput, type useRetroOp } from './use-retro';

const EDIT_LABELS = { at: 'Event time (UTC)', event: 'Event text', link: 'Event link (optional)' };

interface TimelineEventEditorProps {
  entry: TimelineEntry;
  op: ReturnType<typeof useRetroOp>;
  /** Called when the form closes, saved or not. */
  onDone: () => void;
}

/**
 * Fixes a timeline event's time, text or link in place, checked as a new event is. Escape and Cancel close it,
 * asking first when something was changed.
 */
export function TimelineEventEditor({ entry, op, onDone }: TimelineEventEditorProps) {
  const opened: TypedEvent = { at: isoToUtcInput(entry.at), event: entry.event, link: entry.link };
  const [typed, setTyped] = useState(opened);
  const [refusal, setRefusal] = useState<EventRefusal | null>(null);
  const changed = (Object.keys(opened) as (keyof TypedEvent)[]).some((key) => typed[key] !== opened[key]);
  const unsaved = useUnsavedChanges(changed, `the event ${quote(entry.event)}`, onDone);
  const set = (key: keyof TypedEvent, value: string) => setTyped({ ...typed, [key]: value });

  const { busy, once } = useSubmitOnce();
  const submit = once(async () => {
    const checked = timelineFieldsFrom(typed, entry.at);
    if (!checked.ok) {
      // Its field shows the message and takes the focus (Field does both).
      setRefusal(checked);
      return;
    }
    if (await op('editTimelineEntry', { entryId: entry.id, ...checked.value })) onDone();
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    unsaved.leave();
  };

  return (
    <>
      <form className="inline-form timeline-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <TimelineEventFields labels={EDIT_LABELS} typed={typed} onChange={set} refusal={refusal} focusTime />
        <button type="submit" className="primary" {...busyButton(busy)}>
          Save event
        </button>
        <button type="button" onClick={unsaved.leave}>
          Cancel
        </button>
      </form>
      {/* Outside the form: the question's own Escape (Keep editing) must not reach the form's. */}
      {unsaved.question}
    </>
  );
}
