import type { EventRefusal, TypedEvent } from './timeline-fields';
import { focusSoon } from '../../components/focus-soon';

interface TimelineEventFieldsProps {
  /** The fields' ids are `<idPrefix>-at`, `-event` and `-link`. */
  idPrefix: string;
  labels: Record<keyof TypedEvent, string>;
  typed: TypedEvent;
  onChange: (field: keyof TypedEvent, value: string) => void;
  /** The last refusal: its field is marked invalid, its message shown under it and read with it. */
  refusal: EventRefusal | null;
  /** The time field takes the focus as the form opens (an event edited in place). */
  focusTime?: boolean;
}

const FIELDS: readonly (keyof TypedEvent)[] = ['at', 'event', 'link'];
const CLASS_NAMES: Record<keyof TypedEvent, string> = {
  at: 'field',
  event: 'field timeline-form__event',
  link: 'field',
};

/** The id of a timeline form's field. */
export const eventFieldId = (idPrefix: string, field: keyof TypedEvent) => `${idPrefix}-${field}`;

/**
 * A refused event's field takes the focus, so the person (and a screen reader, which reads the field's label
 * and message) lands where the fix goes instead of staying on the button.
 */
export function focusRefusedField(idPrefix: string, refusal: EventRefusal) {
  focusSoon(() => document.getElementById(eventFieldId(idPrefix, refusal.field)));
}

/** A timeline event's time (UTC), text and link: the fields of Add event and of Edit event. */
export function TimelineEventFields({
  idPrefix,
  labels,
  typed,
  onChange,
  refusal,
  focusTime,
}: TimelineEventFieldsProps) {
  return FIELDS.map((field) => {
    const id = eventFieldId(idPrefix, field);
    const message = refusal?.field === field ? refusal.message : null;
    return (
      <div key={field} className={CLASS_NAMES[field]}>
        <label htmlFor={id}>{labels[field]}</label>
        <input
          id={id}
          type={field === 'at' ? 'datetime-local' : undefined}
          value={typed[field]}
          aria-invalid={Boolean(message)}
          aria-describedby={message ? `${id}-error` : undefined}
          onChange={(e) => onChange(field, e.target.value)}
          autoFocus={field === 'at' && focusTime}
        />
        {message ? (
          <p id={`${id}-error`} className="field__error" role="alert">
            {message}
          </p>
        ) : null}
      </div>
    );
  });
}
