import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openBlockEditor, openReview, storedBlocks } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/** A PromQL alert pasted from a rules file: several lines, indented, longer than a one-line field took. */
const ALERT = [
  'sum by (service) (',
  '  rate(http_requests_total{job="api", code=~"5.."}[5m])',
  ')',
  '  / sum by (service) (',
  '  rate(http_requests_total{job="api"}[5m])',
  ')',
  `  > 0.05 # ${'the error budget burns at 14.4x over an hour, page the on-call engineer; '.repeat(7).trimEnd()}`,
].join('\n');

describe('a monitor’s condition written over several lines', () => {
  it('is pasted into a multi-line field, saved verbatim and shown line for line as code', async () => {
    expect(ALERT.length).toBeGreaterThan(500);
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const dialog = await openBlockEditor(user, 'New monitors / alerts');
    await user.type(dialog.getByLabelText('Name of monitor 1'), 'ApiErrorBudget');
    const condition = dialog.getByLabelText('Condition of monitor 1');
    expect(condition.tagName).toBe('TEXTAREA');
    await user.click(condition);
    await user.paste(ALERT);
    expect(condition).toHaveValue(ALERT);
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const [block] = await storedBlocks(backend, seeded.id);
    expect(block?.kind === 'monitors' && block.monitors[0]?.condition).toBe(ALERT);
    const table = screen.getByRole('table', { name: 'New monitors and alerts' });
    const shown = within(table).getByText((_, node) => node?.tagName === 'CODE' && node.textContent === ALERT);
    // Shown as written: in a block of code whose lines the stylesheet keeps (in presenter mode too: the same view).
    expect(shown.closest('pre')).not.toBeNull();
    const sheet = document.createElement('style');
    sheet.textContent = readFileSync(resolve(__dirname, '../../../renderer/styles/review.css'), 'utf8');
    document.head.append(sheet);
    expect(getComputedStyle(shown).whiteSpace).toBe('pre-wrap');
    sheet.remove();
  });
});
