import { fireEvent, render, screen } from '@testing-library/react';
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
  slot('s1', 'New image', [
    {
      id: 'cli-1',
      kind: 'cli',
      title: 'Pin the image',
      steps: [
        { command: 'helm upgrade api ./chart --set image=registry.example.com/platform/api:v2.14.3', output: '' },
      ],
    },
  ]),
  slot('s2', 'Alerts', []),
];

/** Lays the terminal out wider than its box, as a long image reference is on a projector (jsdom lays out nothing). */
function overflowing(element: HTMLElement, wide: boolean) {
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: 600 });
  Object.defineProperty(element, 'scrollWidth', { configurable: true, value: wide ? 1400 : 600 });
}

describe('presenter mode with a terminal wider than the screen', () => {
  it('scrolls the focused terminal with ← and →, and moves slots with them once it fits', () => {
    render(<PresenterMode goal="" slots={slots} presenterName={() => ''} resume={null} onExit={() => undefined} />);
    fireEvent.keyDown(screen.getByRole('dialog', { name: 'Presenter mode' }), { key: 'ArrowDown' });
    const terminal = screen.getByLabelText('Pin the image terminal');
    terminal.focus();

    overflowing(terminal, true);
    const right = fireEvent.keyDown(terminal, { key: 'ArrowRight' });
    // Left to the terminal, which scrolls itself: the slot stays.
    expect(right).toBe(true);
    expect(screen.getByRole('heading', { name: 'New image' })).toBeInTheDocument();

    overflowing(terminal, false);
    fireEvent.keyDown(terminal, { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { name: 'Alerts' })).toBeInTheDocument();
  });
});
