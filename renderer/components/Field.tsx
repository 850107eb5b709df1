import { useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** Render prop receiving the id and aria attributes the control must carry. */
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactElement;
}

/**
 * A labelled form control with its hint and error message wired for screen readers. An error is about
 * the value it was given for: once the person edits the field it goes away (the control is no longer
 * marked invalid), and the next submit of the form judges the new value.
 */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  /** The message the person has answered by editing; another one, or a submit, shows again. */
  const [answered, setAnswered] = useState<string | null>(null);
  useEffect(() => {
    const form = box.current?.closest('form');
    if (!form) return;
    const judged = () => setAnswered(null);
    form.addEventListener('submit', judged);
    return () => form.removeEventListener('submit', judged);
  }, []);
  const shown = error === answered ? undefined : error;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = shown ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      ref={box}
      className={`field${shown ? ' field--invalid' : ''}`}
      // React's change event, not the DOM's input: a select fires input before change, and a render
      // between the two would put a controlled select back before its own onChange saw the choice.
      onChange={() => {
        if (shown) setAnswered(shown);
      }}
    >
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(shown), 'aria-describedby': describedBy })}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {shown ? (
        <p className="field__error" id={errorId} role="alert">
          {shown}
        </p>
      ) : null}
    </div>
  );
}
