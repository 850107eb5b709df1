import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openBlockEditor, openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('adding a row to a block form by keyboard', () => {
  it('puts the focus in the new command, so the next one is typed at once', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'CLI walkthrough');
    await user.type(dialog.getByLabelText('Command 1'), 'kubectl get pods');
    dialog.getByRole('button', { name: 'Add command' }).focus();
    await user.keyboard('{Enter}');
    expect(dialog.getByLabelText('Command 2')).toHaveFocus();
    await user.keyboard('kubectl rollout status deploy/api');
    expect(dialog.getByLabelText('Command 2')).toHaveValue('kubectl rollout status deploy/api');
  });

  it('puts the focus in the new monitor’s name', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'New monitors / alerts');
    dialog.getByRole('button', { name: 'Add monitor' }).focus();
    await user.keyboard('{Enter}');
    expect(dialog.getByLabelText('Name of monitor 2')).toHaveFocus();
  });
});
