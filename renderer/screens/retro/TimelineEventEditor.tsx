import { useState, type KeyboardEvent } from 'react';
import type { TimelineEntry } from '../../../src/domain/retro/schema';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';
import { timelineFieldsFrom } from './timeline-fields';
import { isoToUtcInput, type useRetroOp } from './use-retro';

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
  const opened = { at: isoToUtcInput(entry.at), event: entry.event, link: entry.link };
  const [typed, setTyped] = useState(opened);
  const [error, setError] = useState<string | null>(null);
  const changed = (Object.keys(opened) as (keyof typeof opened)[]).some((key) => typed[key] !== opened[key]);
  const unsaved = useUnsavedChanges(changed, `the event "${entry.event}"`, onDone);
  const set = (key: keyof typeof opened) => (e: { target: { value: string } }) => {
    setTyped({ ...typed, [key]: e.target.value });
    // The message was about what it judged; the next Save judges what is typed now.
    setError(null);
  };

  const { busy, once } = useSubmitOnce();
  const submit = once(async () => {
    const checked = timelineFieldsFrom(typed, entry.at);
    if (!checked.ok) return setError(checked.message);
    if (await op('editTimelineEntry', { entryId: entry.id, ...checked.value })) onDone();
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    unsaved.leave();
  };

  const id = (field: string) => `tl-edit-${entry.id}-${field}`;
  return (
    <>
      <form className="inline-form timeline-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <div className="field">
          <label htmlFor={id('at')}>Event time (UTC)</label>
          <input id={id('at')} type="datetime-local" value={typed.at} onChange={set('at')} autoFocus />
        </div>
        <div className="field timeline-form__event">
          <label htmlFor={id('event')}>Event text</label>
          <input id={id('event')} value={typed.event} onChange={set('event')} />
        </div>
        <div className="field">
          <label htmlFor={id('link')}>Event link (optional)</label>
          <input id={id('link')} value={typed.link} onChange={set('link')} />
        </div>
        <button type="submit" className="primary" {...busyButton(busy)}>
          Save event
        </button>
        <button type="button" onClick={unsaved.leave}>
          Cancel
        </button>
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
      {/* Outside the form: the question's own Escape (Keep editing) must not reach the form's. */}
      {unsaved.question}
    </>
  );
}
