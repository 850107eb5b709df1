import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PresenterMode } from '../../../renderer/screens/review/PresenterMode';
import type { DemoSlot } from '../../../src/domain/review/schema';

const slot = (id: string, title: string, blocks: DemoSlot['blocks']): DemoSlot => ({
  id,
  title,
  itemId: null,
  presenterId: null,
  timeboxMinutes: 5,
  blocks,
  acceptance: { accepted: null, comment: '' },
});

const slots = [
  slot('s1', 'Faster rollouts', [
    { id: 'cli-1', kind: 'cli', title: 'Roll out', steps: [{ command: 'make deploy', output: 'done' }] },
  ]),
  slot('s2', 'Disk alerts', [{ id: 'n-1', kind: 'notes', markdown: 'See [the runbook](https://wiki.example/disk).' }]),
  slot('s3', 'Backups', []),
];

describe('presenter mode when the focused control leaves with its slot', () => {
  it('keeps the focus in presenter mode, so the next key still moves the slots', async () => {
    const user = userEvent.setup();
    render(<PresenterMode goal="" slots={slots} presenterName={() => ''} resume={null} onExit={() => undefined} />);
    const presenter = screen.getByRole('dialog', { name: 'Presenter mode' });
    // The walkthrough's own button, pressed with the mouse: it has the focus when → is pressed.
    await user.click(screen.getByRole('button', { name: 'Run next command: Roll out' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { name: 'Disk alerts' })).toBeInTheDocument();
    expect(document.activeElement).toBe(presenter);

    // Not on the new slot's link either: the keys go on moving slots, as before.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { name: 'Backups' })).toBeInTheDocument();
  });
});
