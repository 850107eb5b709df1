import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CliBlock } from '../../../src/domain/review/schema';
import { CliWalkthrough } from '../../../renderer/screens/review/blocks/CliView';

const block: CliBlock = {
  id: 'c1',
  kind: 'cli',
  title: 'Drain a node',
  steps: [
    { command: 'kubectl cordon node-7', output: '' },
    { command: 'kubectl drain node-7', output: 'node/node-7 drained' },
  ],
};

/** A presenter walks the commands by keyboard: at either end the button pressed keeps the focus and says it is done. */
describe('a CLI walkthrough at either end', () => {
  it('keeps "Run next command" on and focused after the last command, marked unavailable; a press then does nothing', async () => {
    const user = userEvent.setup();
    render(<CliWalkthrough block={block} />);
    const run = screen.getByRole('button', { name: 'Run next command: Drain a node' });
    const back = screen.getByRole('button', { name: 'Back one command: Drain a node' });
    expect(back).toHaveAttribute('aria-disabled', 'true');
    expect(back).toBeEnabled();

    run.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(screen.getByText('Command 2 of 2')).toBeInTheDocument();
    expect(run).toBeEnabled();
    expect(run).toHaveAttribute('aria-disabled', 'true');
    expect(run).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Command 2 of 2')).toBeInTheDocument();
    expect(back).not.toHaveAttribute('aria-disabled');

    back.focus();
    await user.keyboard('{Enter}{Enter}{Enter}');
    expect(screen.getByText('Command 0 of 2')).toBeInTheDocument();
    expect(back).toBeEnabled();
    expect(back).toHaveAttribute('aria-disabled', 'true');
    expect(back).toHaveFocus();
  });
});
