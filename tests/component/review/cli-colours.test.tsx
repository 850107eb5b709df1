import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CliBlock } from '../../../src/domain/review/schema';
import { CliView } from '../../../renderer/screens/review/blocks/CliView';

const ESC = '\u001b';

/** Output pasted from a terminal that coloured it (kubectl, terraform, a test runner with --color=always). */
const block: CliBlock = {
  id: 'c1',
  kind: 'cli',
  title: 'Roll out',
  steps: [
    {
      command: 'make deploy',
      output: [
        `${ESC}[32mok${ESC}[0m   api-7`,
        `${ESC}[1;31mfailed${ESC}[0m worker-2${ESC}[K`,
        `${ESC}]8;;https://ci.example${ESC}\\build 42${ESC}]8;;${ESC}\\ done`,
      ].join('\n'),
    },
  ],
};

describe('a CLI walkthrough whose output holds terminal colour codes', () => {
  it('shows the text without the codes, its coloured words in their colours', () => {
    render(<CliView block={block} shown={1} onShow={() => {}} />);
    const terminal = screen.getByLabelText('Roll out terminal');
    expect(terminal.textContent).not.toContain(ESC);
    expect(terminal.textContent).not.toMatch(/\[\d+(;\d+)*m|\[K|8;;/);
    expect(terminal.textContent).toContain('ok   api-7\nfailed worker-2\nbuild 42 done');
    const ok = screen.getByText('ok');
    const failed = screen.getByText('failed');
    const plain = screen.getByText(/api-7/);
    // Green and red, each unlike the other and unlike the terminal's own text.
    expect(getComputedStyle(ok).color).not.toBe('');
    expect(getComputedStyle(failed).color).not.toBe('');
    expect(getComputedStyle(ok).color).not.toBe(getComputedStyle(failed).color);
    expect(getComputedStyle(plain).color).not.toBe(getComputedStyle(ok).color);
    expect(getComputedStyle(failed).fontWeight).toBe('bold');
  });
});
