import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PresenterMode } from '../../../renderer/screens/review/PresenterMode';
import type { CliBlock, DemoSlot } from '../../../src/domain/review/schema';

const walkthrough = (commands: string[]): CliBlock => ({
  id: 'cli-1',
  kind: 'cli',
  title: 'Drain a node',
  steps: commands.map((command) => ({ command, output: '' })),
});

const slotWith = (block: CliBlock): DemoSlot => ({
  id: 'slot-1',
  title: 'Node drains',
  itemId: null,
  presenterId: null,
  timeboxMinutes: 5,
  blocks: [block],
  acceptance: { accepted: null, comment: '' },
});

const present = (block: CliBlock) => (
  <PresenterMode goal="" slots={[slotWith(block)]} presenterName={() => ''} resume={null} onExit={() => undefined} />
);

describe('presenter mode while a walkthrough is shortened elsewhere', () => {
  it('counts the commands it still has, and ↑ goes back from the last of them', () => {
    const { rerender } = render(present(walkthrough(['kubectl cordon n1', 'kubectl drain n1', 'kubectl get pods'])));
    const dialog = screen.getByRole('dialog', { name: 'Presenter mode' });
    for (let i = 0; i < 3; i++) fireEvent.keyDown(dialog, { key: 'ArrowDown' });
    expect(screen.getByText('Command 3 of 3')).toBeInTheDocument();

    rerender(present(walkthrough(['kubectl cordon n1', 'kubectl drain n1'])));
    expect(screen.getByText('Command 2 of 2')).toBeInTheDocument();
    fireEvent.keyDown(dialog, { key: 'ArrowUp' });
    expect(screen.getByText('Command 1 of 2')).toBeInTheDocument();
  });
});
