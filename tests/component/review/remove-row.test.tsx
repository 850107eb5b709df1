import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openBlockEditor, openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('removing a row from a block form', () => {
  it('takes the removed monitor’s error with it, leaves the next monitor unmarked and keeps focus in the form', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'New monitors / alerts');
    await user.type(dialog.getByLabelText('Name of monitor 1'), 'DiskFull');
    await user.type(dialog.getByLabelText('Condition of monitor 1'), 'disk_used > 90%');
    await user.type(dialog.getByLabelText('Runbook link of monitor 1'), 'javascript:alert(1)');
    await user.click(dialog.getByRole('button', { name: 'Add monitor' }));
    await user.type(dialog.getByLabelText('Name of monitor 2'), 'CertExpiry');
    await user.type(dialog.getByLabelText('Condition of monitor 2'), 'cert_days_left < 14');
    await user.type(dialog.getByLabelText('Runbook link of monitor 2'), 'https://wiki.example/certs');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    expect(await dialog.findByText('Runbook links must start with http:// or https://.')).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Remove monitor 1' }));
    expect(dialog.getByLabelText('Name of monitor 1')).toHaveValue('CertExpiry');
    expect(dialog.getByLabelText('Runbook link of monitor 1')).toHaveValue('https://wiki.example/certs');
    expect(dialog.getByLabelText('Runbook link of monitor 1')).not.toHaveAttribute('aria-invalid', 'true');
    expect(dialog.queryByText('Runbook links must start with http:// or https://.')).toBeNull();
    expect(dialog.getByLabelText('Name of monitor 1')).toHaveFocus();
  });

  it('moves the errors of later monitors up with them', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'New monitors / alerts');
    await user.type(dialog.getByLabelText('Name of monitor 1'), 'DiskFull');
    await user.type(dialog.getByLabelText('Condition of monitor 1'), 'disk_used > 90%');
    await user.click(dialog.getByRole('button', { name: 'Add monitor' }));
    await user.type(dialog.getByLabelText('Name of monitor 2'), 'CertExpiry');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    await waitFor(() =>
      expect(dialog.getByLabelText('Condition of monitor 2')).toHaveAttribute('aria-invalid', 'true'),
    );

    await user.click(dialog.getByRole('button', { name: 'Remove monitor 1' }));
    expect(dialog.getByLabelText('Name of monitor 1')).toHaveValue('CertExpiry');
    expect(dialog.getByLabelText('Condition of monitor 1')).toHaveAttribute('aria-invalid', 'true');
  });

  it('takes a removed command’s error with it in a CLI walkthrough', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'CLI walkthrough');
    await user.click(dialog.getByRole('button', { name: 'Add command' }));
    await user.type(dialog.getByLabelText('Command 2'), 'kubectl get nodes');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    expect(dialog.getByLabelText('Command 1')).toHaveAttribute('aria-invalid', 'true');

    await user.click(dialog.getByRole('button', { name: 'Remove command 1' }));
    expect(dialog.getByLabelText('Command 1')).toHaveValue('kubectl get nodes');
    expect(dialog.getByLabelText('Command 1')).not.toHaveAttribute('aria-invalid', 'true');
    expect(dialog.getByLabelText('Command 1')).toHaveFocus();
  });
});
