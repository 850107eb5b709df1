import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CliBlock } from '../../../src/domain/review/schema';
import { CliView } from '../../../renderer/screens/review/blocks/CliView';

const block: CliBlock = {
  id: 'c1',
  kind: 'cli',
  title: 'Drain a node',
  steps: [
    { command: 'kubectl drain node-7 \\\n  --ignore-daemonsets', output: 'node/node-7 drained' },
    { command: 'kubectl get nodes', output: '' },
  ],
};

/** Selects from the start of `from` to the end of `to`, as a drag across the terminal does, and copies it. */
async function copyAcross(from: Element, to: Element): Promise<string | undefined> {
  const user = userEvent.setup();
  await user.click(from); // the drag starts with a press in the terminal, which takes the focus
  const range = document.createRange();
  range.setStartBefore(from);
  range.setEndAfter(to);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  const copied = await user.copy();
  return copied?.getData('text/plain');
}

describe("copying from a CLI walkthrough's terminal", () => {
  it('copies the commands and their output without the "$ " prompts', async () => {
    render(<CliView block={block} shown={2} onShow={() => {}} />);
    const terminal = screen.getByLabelText('Drain a node terminal');
    const steps = terminal.querySelectorAll('.terminal__step');
    expect(await copyAcross(steps[0]!, steps[0]!)).toBe(
      'kubectl drain node-7 \\\n  --ignore-daemonsets\nnode/node-7 drained\n',
    );
    expect(await copyAcross(steps[0]!, steps[1]!)).toBe(
      'kubectl drain node-7 \\\n  --ignore-daemonsets\nnode/node-7 drained\nkubectl get nodes\n',
    );
  });
});
