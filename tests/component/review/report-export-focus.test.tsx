import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import type { CadenceApi } from '../../../src/api/contract';
import { tracked } from '../api-calls';
import { openReview } from './review-helpers';

afterEach(() => {
  delete (window as { cadence?: unknown }).cadence;
});

describe('the sprint report while an export is being saved', () => {
  it('keeps the focus on the export button pressed, and saves once for a double click', async () => {
    const user = userEvent.setup();
    const { backend } = await openReview();
    // The desktop app: the report goes to a save dialog, held open here until `release`.
    (window as { cadence?: unknown }).cadence = {};
    let release = () => {};
    const dialogOpen = new Promise<void>((resolve) => (release = resolve));
    const saved: string[] = [];
    setApi(
      tracked({
        ...backend.api,
        saveFile: async (input: { suggestedName: string }) => {
          saved.push(input.suggestedName);
          await dialogOpen;
          return { path: `/home/sm/${input.suggestedName}` };
        },
      } as CadenceApi),
    );
    const report = within(await screen.findByRole('region', { name: 'Sprint report' }));
    const exportMarkdown = report.getByRole('button', { name: 'Export Markdown' });
    try {
      await user.dblClick(exportMarkdown);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(saved).toEqual(['sprint-report-sprint-7.md']);
      expect(exportMarkdown).toHaveFocus();
    } finally {
      release();
    }
    expect(await screen.findByText('Report saved: sprint-report-sprint-7.md')).toBeInTheDocument();
    expect(exportMarkdown).toHaveFocus();
  });
});
