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
 *
 * A submit the form refuses takes the focus to the first field it marks, so the person (and a screen
 * reader, which then reads the field's label and message) lands where the fix goes instead of staying
 * on the button. A refusal that comes back after the person went on typing in the form leaves the focus
 * where they are.
 */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  /** The message the person has answered by editing; another one, or a submit, shows again. */
  const [answered, setAnswered] = useState<string | null>(null);
  /** Counts the form's submits, so a submit refused with the same message as before is seen too. */
  const [submits, setSubmits] = useState(0);
  /** A submit is waiting for its verdict: nothing was typed in the form since. */
  const awaitingVerdict = useRef(false);
  useEffect(() => {
    const form = box.current?.closest('form');
    if (!form) return;
    const judged = () => {
      setAnswered(null);
      awaitingVerdict.current = true;
      setSubmits((n) => n + 1);
    };
    const typed = () => {
      awaitingVerdict.current = false;
    };
    form.addEventListener('submit', judged);
    form.addEventListener('input', typed);
    return () => {
      form.removeEventListener('submit', judged);
      form.removeEventListener('input', typed);
    };
  }, []);
  // A good value in between ends the answer: the same message for a later bad value is news again (a field
  // outside a form, judged as it changes, has no submit to say so).
  if (answered !== null && error === undefined) setAnswered(null);
  const shown = error === answered ? undefined : error;
  useEffect(() => {
    if (!shown || !awaitingVerdict.current) return;
    // Looked at once the submit's updates are all on the page: the submit shows an answered message again
    // until the form's verdict replaces it, and the two may be drawn one after the other.
    const timer = setTimeout(() => {
      const control = document.getElementById(id);
      const firstMarked = box.current?.closest('form')?.querySelector('[aria-invalid="true"]');
      if (!awaitingVerdict.current || !control || firstMarked !== control) return;
      awaitingVerdict.current = false;
      control.focus();
    });
    return () => clearTimeout(timer);
  }, [shown, submits, id]);
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
