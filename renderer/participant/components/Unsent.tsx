/** @jsxImportSource preact */
import { ErrorText } from './ErrorText';

interface Props {
  /** The group's name, e.g. "Your card for Went well: not sent". */
  label: string;
  /** Why the room does not have it. */
  message: string;
  text: string;
  /** The room's answer to the last try, if it refused. */
  error: string | null;
  /** The Discard button's full name, e.g. "Discard your unsent card for Went well". */
  discard: string;
  onDiscard: () => void;
}

/**
 * Text the person typed that the room never took (the facilitator moved on before it was sent): shown, so it can
 * still be read out or copied, until the person discards it.
 */
export function Unsent({ label, message, text, error, discard, onDiscard }: Props) {
  return (
    <div class="notice stack" role="group" aria-label={label}>
      <p>{message}</p>
      <p class="plain-text card-text">{text}</p>
      <ErrorText message={error} />
      <button type="button" class="secondary" aria-label={discard} onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
