import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openStandupSettings } from './open-settings';

const FIELDS = ['To do column name', 'In progress column name', 'Review column name', 'Done column name'];

describe('board column names in the standup settings', { timeout: 20_000 }, () => {
  it('marks only the emptied column field, with its own message', async () => {
    const { user, form } = await openStandupSettings();
    await user.clear(within(form).getByLabelText('To do column name'));
    await user.click(within(form).getByRole('button', { name: 'Save standup settings' }));
    const todo = within(form).getByLabelText('To do column name');
    expect(await within(form).findByText('To do column name cannot be empty.')).toBeInTheDocument();
    expect(todo).toHaveAttribute('aria-invalid', 'true');
    expect(todo).toHaveAccessibleDescription(expect.stringContaining('To do column name cannot be empty.'));
    for (const label of FIELDS.slice(1)) {
      const field = within(form).getByLabelText(label);
      expect(field).not.toHaveAttribute('aria-invalid', 'true');
      expect(field).not.toHaveAccessibleDescription(expect.stringContaining('cannot be empty'));
    }
  });

  it('refuses two columns of the same name, on both fields, and saves nothing', async () => {
    const { user, doc, backend, form } = await openStandupSettings();
    const inProgress = within(form).getByLabelText('In progress column name');
    await user.clear(inProgress);
    await user.type(inProgress, ' DONE ');
    await user.click(within(form).getByRole('button', { name: 'Save standup settings' }));
    const message = 'Each column needs its own name: the Done column is also called “Done”.';
    expect(await within(form).findByText(message)).toBeInTheDocument();
    expect(inProgress).toHaveAttribute('aria-invalid', 'true');
    expect(inProgress).toHaveAccessibleDescription(expect.stringContaining(message));
    const done = within(form).getByLabelText('Done column name');
    expect(done).toHaveAttribute('aria-invalid', 'true');
    expect(done).toHaveAccessibleDescription(
      expect.stringContaining('Each column needs its own name: the In progress column is also called “DONE”.'),
    );
    expect(within(form).getByLabelText('Review column name')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Standup settings saved.')).toBeNull();
    expect((await backend.api.getTeam({ teamId: doc.id })).settings.boardColumnNames.in_progress).toBe('In progress');
  });
});
