import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CliBlock, DemoBlock } from '../../../src/domain/review/schema';
import { CliForm } from '../../../renderer/screens/review/forms/CliForm';

const empty: CliBlock = { id: 'c1', kind: 'cli', title: '', steps: [] };

/** What a person copies from their terminal window: prompts, commands and what they printed. */
const TRANSCRIPT = [
  '$ kubectl get pods -n api',
  'NAME                   READY   STATUS',
  'api-7d9f8c6b5-x2k4q    1/1     Running',
  '$ kubectl rollout status deploy/api -n api',
  'deployment "api" successfully rolled out',
  '',
].join('\n');

function renderForm(initial: CliBlock = empty) {
  const onSave = vi.fn((_block: DemoBlock) => Promise.resolve());
  render(<CliForm initial={initial} onSave={onSave} onCancel={() => undefined} />);
  return onSave;
}

describe('a CLI walkthrough pasted from a terminal', () => {
  it('becomes one command per prompt, each with the output under it, without the "$ " prompts', async () => {
    const user = userEvent.setup();
    const onSave = renderForm();
    await user.click(screen.getByLabelText('Command 1'));
    await user.paste(TRANSCRIPT);
    expect(screen.getByLabelText('Command 1')).toHaveValue('kubectl get pods -n api');
    expect(screen.getByLabelText('Output 1')).toHaveValue(
      'NAME                   READY   STATUS\napi-7d9f8c6b5-x2k4q    1/1     Running',
    );
    expect(screen.getByLabelText('Command 2')).toHaveValue('kubectl rollout status deploy/api -n api');
    expect(screen.getByLabelText('Output 2')).toHaveValue('deployment "api" successfully rolled out');
    await user.click(screen.getByRole('button', { name: 'Save block' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        steps: [
          { command: 'kubectl get pods -n api', output: expect.stringContaining('Running') },
          { command: 'kubectl rollout status deploy/api -n api', output: 'deployment "api" successfully rolled out' },
        ],
      }),
    );
  });

  it('keeps a command continued over lines ("\\" then "> ") as one command', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByLabelText('Command 1'));
    await user.paste('$ helm upgrade api ./chart \\\n>   --set image.tag=1.4.2\nRelease "api" has been upgraded.\n');
    expect(screen.getByLabelText('Command 1')).toHaveValue('helm upgrade api ./chart \\\n  --set image.tag=1.4.2');
    expect(screen.getByLabelText('Output 1')).toHaveValue('Release "api" has been upgraded.');
    expect(screen.queryByLabelText('Command 2')).toBeNull();
  });

  it('goes between the commands already there when pasted into an empty one among them', async () => {
    const user = userEvent.setup();
    renderForm({
      ...empty,
      steps: [
        { command: 'make build', output: '' },
        { command: '', output: '' },
        { command: 'make deploy', output: '' },
      ],
    });
    await user.click(screen.getByLabelText('Command 2'));
    await user.paste(TRANSCRIPT);
    const commands = [1, 2, 3, 4].map((n) => (screen.getByLabelText(`Command ${n}`) as HTMLTextAreaElement).value);
    expect(commands).toEqual([
      'make build',
      'kubectl get pods -n api',
      'kubectl rollout status deploy/api -n api',
      'make deploy',
    ]);
  });

  it('moves a message with its command when a paste adds commands before it', async () => {
    const user = userEvent.setup();
    renderForm({ ...empty, steps: [{ command: 'make build', output: '' }] });
    await user.click(screen.getByRole('button', { name: 'Add command' }));
    await user.click(screen.getByRole('button', { name: 'Add command' }));
    await user.click(screen.getByRole('button', { name: 'Save block' }));
    expect(screen.getByLabelText('Command 3')).toHaveAccessibleDescription(/cannot be empty/);
    await user.click(screen.getByLabelText('Command 2'));
    await user.paste(TRANSCRIPT);
    expect(screen.getByLabelText('Command 2')).not.toHaveAccessibleDescription(/cannot be empty/);
    expect(screen.getByLabelText('Command 3')).not.toHaveAccessibleDescription(/cannot be empty/);
    expect(screen.getByLabelText('Command 4')).toHaveValue('');
    expect(screen.getByLabelText('Command 4')).toHaveAccessibleDescription(/cannot be empty/);
  });

  it('pastes text without a prompt as it is', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByLabelText('Command 1'));
    await user.paste('terraform plan -out plan.tfplan');
    expect(screen.getByLabelText('Command 1')).toHaveValue('terraform plan -out plan.tfplan');
    expect(screen.queryByLabelText('Command 2')).toBeNull();
  });

  it('saves a command typed with its "$ " prompt without it, so the walkthrough does not show "$ $"', async () => {
    const user = userEvent.setup();
    const onSave = renderForm();
    await user.type(screen.getByLabelText('Command 1'), '$ terraform apply plan.tfplan');
    await user.click(screen.getByRole('button', { name: 'Save block' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ steps: [{ command: 'terraform apply plan.tfplan', output: '' }] }),
    );
  });
});
