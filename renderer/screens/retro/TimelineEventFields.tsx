import type { Ref } from 'react';
import type { EventRefusal, TypedEvent } from './timeline-fields';
import { Field } from '../../components/Field';

interface TimelineEventFieldsProps {
  labels: Record<keyof TypedEvent, string>;
  typed: TypedEvent;
  onChange: (field: keyof TypedEvent, value: string) => void;
  /**
   * The last refusal: its field is marked invalid, its message shown under it and read with it, and the form's
   * submit takes the focus there; typing in that field answers it (Field does all of it, as in every form).
   */
  refusal: EventRefusal | null;
  /** The time field takes the focus as the form opens (an event edited in place). */
  focusTime?: boolean;
  /** The Event field, for the form's owner to put the focus on. */
  eventRef?: Ref<HTMLInputElement>;
}

const FIELDS: readonly (keyof TypedEvent)[] = ['at', 'event', 'link'];

/** A timeline event's time (UTC), text and link: the fields of Add event and of Edit event. */
export function TimelineEventFields({
  labels,
  typed,
  onChange,
  refusal,
  focusTime,
  eventRef,
}: TimelineEventFieldsProps) {
  return FIELDS.map((field) => {
    const input = (
      <Field key={field} label={labels[field]} error={refusal?.field === field ? refusal.message : undefined}>
        {(control) => (
          <input
            {...control}
            ref={field === 'event' ? eventRef : undefined}
            type={field === 'at' ? 'datetime-local' : undefined}
            value={typed[field]}
            onChange={(e) => onChange(field, e.target.value)}
            autoFocus={field === 'at' && focusTime}
          />
        )}
      </Field>
    );
    // The event's text takes the room the line has left.
    return field === 'event' ? (
      <div key={field} className="timeline-form__event">
        {input}
      </div>
    ) : (
      input
    );
  });
}
