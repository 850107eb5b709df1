import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PresenterMode } from '../../../renderer/screens/review/PresenterMode';
import type { DemoSlot } from '../../../src/domain/review/schema';

const IMAGE =
  'registry.example.com/platform/api@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

const slots: DemoSlot[] = [
  {
    id: 's1',
    title: 'New image',
    itemId: null,
    presenterId: null,
    timeboxMinutes: 5,
    acceptance: { accepted: null, comment: '' },
    blocks: [
      {
        id: 'cli-1',
        kind: 'cli',
        title: 'Pin the image',
        steps: [{ command: `helm upgrade api ./chart --set image=${IMAGE}`, output: `pulled ${IMAGE}` }],
      },
    ],
  },
];

/** The review's stylesheet, as the app loads it (jsdom lays nothing out, but it applies the rules that match). */
let sheet: HTMLStyleElement | null = null;
function withReviewStyles() {
  sheet = document.createElement('style');
  sheet.textContent = readFileSync(resolve(__dirname, '../../../renderer/styles/review.css'), 'utf8');
  document.head.append(sheet);
}
afterEach(() => sheet?.remove());

describe("presenter mode's terminal on a projector", () => {
  it('wraps a line longer than the screen at any character, commands and output alike, rather than scroll it', () => {
    withReviewStyles();
    render(<PresenterMode goal="" slots={slots} presenterName={() => ''} resume={null} onExit={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Presenter mode' });
    fireEvent.keyDown(dialog, { key: 'ArrowDown' });
    const terminal = screen.getByLabelText('Pin the image terminal');
    const word = [...terminal.querySelectorAll('span')].find((s) => s.textContent === `image=${IMAGE}`);
    expect(word).toBeDefined();
    // The long reference may break where the screen ends, as a terminal breaks it; nothing runs off the side.
    expect(getComputedStyle(terminal).overflowWrap).toBe('anywhere');
    expect(getComputedStyle(word!).whiteSpace).not.toBe('pre');
    expect(getComputedStyle(word!).overflowWrap).toBe('anywhere');
  });
});
