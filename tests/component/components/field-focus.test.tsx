import { useState, type FormEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Field } from '../../../renderer/components/Field';

type Errors = Record<string, string>;

/** A form shaped like Cadence's: checks on submit, or asks a slower judge (the api) when given one. */
function SprintNameForm({ judge }: { judge?: () => Promise<Errors> }) {
  const [name, setName] = useState('Sprint 11');
  const [days, setDays] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (judge) {
      void judge().then(setErrors);
      return;
    }
    setErrors(/^\d+$/.test(days) ? {} : { days: 'Length must be a whole number of days.' });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field label="Name" error={errors.name}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Length (days)" error={errors.days}>
        {(control) => <input {...control} value={days} onChange={(e) => setDays(e.target.value)} />}
      </Field>
      <button type="submit">Save sprint</button>
    </form>
  );
}

describe('Field: a refused submit', () => {
  it('takes the focus to the first field it marks, and there again when submitted unchanged', async () => {
    const user = userEvent.setup();
    render(<SprintNameForm />);
    await user.click(screen.getByRole('button', { name: 'Save sprint' }));
    const days = screen.getByRole('textbox', { name: 'Length (days)' });
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(days).toHaveFocus();

    // Submitted again unchanged, with the same message: the focus goes back to the field.
    await user.click(screen.getByRole('button', { name: 'Save sprint' }));
    expect(days).toHaveFocus();

    await user.type(days, '10');
    await user.click(screen.getByRole('button', { name: 'Save sprint' }));
    expect(days).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByRole('button', { name: 'Save sprint' })).toHaveFocus();
  });

  it('goes to the first marked field in the order of the form, not the order of the messages', async () => {
    const user = userEvent.setup();
    render(<SprintNameForm judge={() => Promise.resolve({ days: 'Too long.', name: 'Taken.' })} />);
    await user.click(screen.getByRole('button', { name: 'Save sprint' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    // The field takes the focus in a task after the verdict is drawn (Field.tsx), not within it.
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });

  it('leaves the focus with a person who went on typing before a slow refusal came back', async () => {
    const user = userEvent.setup();
    let refuse: (errors: Errors) => void = () => {};
    render(<SprintNameForm judge={() => new Promise<Errors>((resolve) => (refuse = resolve))} />);
    await user.click(screen.getByRole('button', { name: 'Save sprint' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.type(name, ' (ops)');
    await act(async () => refuse({ days: 'Length must be a whole number of days.' }));
    expect(screen.getByRole('textbox', { name: 'Length (days)' })).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
  });
});

/** A field outside any form that judges each value as it is typed (the review's timebox does so). */
function LiveField() {
  const [text, setText] = useState('');
  const error = text === '' || /^\d+$/.test(text) ? undefined : 'Minutes must be a whole number.';
  return (
    <Field label="Minutes" error={error}>
      {(p) => <input {...p} value={text} onChange={(e) => setText(e.target.value)} />}
    </Field>
  );
}

describe('Field: a message judged as the value changes', () => {
  it('shows the same message again for a new bad value after a good one came between', async () => {
    const user = userEvent.setup();
    render(<LiveField />);
    const field = screen.getByLabelText('Minutes');
    await user.type(field, 'x');
    expect(screen.getByText('Minutes must be a whole number.')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '12');
    expect(screen.queryByText('Minutes must be a whole number.')).toBeNull();
    await user.type(field, 'y');
    expect(screen.getByText('Minutes must be a whole number.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });
});
