import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PresenterMode } from '../../../renderer/screens/review/PresenterMode';
import type { DemoSlot } from '../../../src/domain/review/schema';

const slots: DemoSlot[] = [
  {
    id: 's1',
    title: 'Faster deploys',
    itemId: null,
    presenterId: null,
    timeboxMinutes: 5,
    acceptance: { accepted: null, comment: '' },
    blocks: [{ id: 'm1', kind: 'metric', name: 'Deploy time', unit: 'min', before: 14, after: 6, better: 'lower' }],
  },
];

/** The app's and the review's stylesheets, as the app loads them (jsdom lays nothing out, but applies the rules). */
const sheets: HTMLStyleElement[] = [];
function withStyles() {
  for (const file of ['app.css', 'review.css']) {
    const sheet = document.createElement('style');
    sheet.textContent = readFileSync(resolve(__dirname, `../../../renderer/styles/${file}`), 'utf8');
    document.head.append(sheet);
    sheets.push(sheet);
  }
}
afterEach(() => sheets.splice(0).forEach((s) => s.remove()));

/** The size text is drawn at, in px: jsdom leaves rem and em as written, so they are worked out here. */
function textPx(element: Element | null): number {
  if (!element) return 16;
  const size = getComputedStyle(element).fontSize;
  const parent = element === document.documentElement ? null : element.parentElement;
  const n = Number.parseFloat(size);
  if (size.endsWith('rem')) return n * textPx(document.documentElement);
  if (size.endsWith('em')) return n * textPx(parent ?? null);
  if (size.endsWith('px')) return n;
  return parent ? textPx(parent) : 16;
}

describe('presenter mode, read from the back of the room', () => {
  it('shows a metric’s name and its change at least as large as the text around it, never below 24 px', () => {
    withStyles();
    render(<PresenterMode goal="" slots={slots} presenterName={() => ''} resume={null} onExit={() => undefined} />);
    const body = textPx(screen.getByRole('dialog', { name: 'Presenter mode' }));
    expect(body).toBeGreaterThanOrEqual(24);
    expect(textPx(screen.getByText('Deploy time'))).toBeGreaterThanOrEqual(body);
    expect(textPx(screen.getByTestId('metric-delta'))).toBeGreaterThanOrEqual(body);
  });

  it('labels the sprint goal and says what the timer counts in text of 24 px or more', () => {
    withStyles();
    render(
      <PresenterMode
        goal="Deploys under 10 minutes"
        slots={slots}
        presenterName={() => ''}
        resume={null}
        onExit={() => undefined}
      />,
    );
    expect(textPx(screen.getByText('Sprint goal'))).toBeGreaterThanOrEqual(24);
    expect(textPx(screen.getByText(/left of 5 min/))).toBeGreaterThanOrEqual(24);
  });
});
