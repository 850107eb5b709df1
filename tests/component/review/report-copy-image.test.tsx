import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { useAppStore } from '../../../renderer/store';
import type { CadenceApi } from '../../../src/api/contract';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  delete (window as { cadence?: unknown }).cadence;
});

/** A screenshot of about 150 kB, as a demo's diagram block holds it: a PNG's signature, then its bytes. */
const PNG_SIGNATURE = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const screenshot = `data:image/png;base64,${btoa(PNG_SIGNATURE + '\0'.repeat(150_000))}`;

describe('copying the sprint report when a demo has an attached image', () => {
  it('pastes the image’s name, not its bytes, where GitHub, Slack and Confluence take text; the file keeps it', async () => {
    const user = userEvent.setup();
    const { backend } = await openReview();
    const state = useAppStore.getState();
    const review = state.team!.reviews[0]!;
    await act(() =>
      state.saveDemoBlock(review.id, review.slots[0]!.id, {
        id: 'img1',
        kind: 'diagram',
        title: 'Grafana after the change',
        source: 'image',
        mermaid: '',
        image: { name: 'grafana.png', dataUrl: screenshot },
      }),
    );
    const report = within(await screen.findByRole('region', { name: 'Sprint report' }));

    await user.click(report.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Copied the sprint report as Markdown.')).toBeInTheDocument();
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toContain('**Grafana after the change**');
    expect(markdown).toContain('_Image grafana.png: export the report as HTML to see it._');
    expect(markdown).not.toContain('data:image');
    // A GitHub comment takes at most 65,536 characters, a Slack message 40,000.
    expect(markdown.length).toBeLessThan(5_000);

    await user.click(report.getByRole('button', { name: 'Copy for Confluence/Jira' }));
    expect(await screen.findByText('Copied the sprint report for Confluence and Jira.')).toBeInTheDocument();
    const wiki = await navigator.clipboard.readText();
    expect(wiki).toContain('_Image grafana.png: export the report as HTML to see it._');
    expect(wiki).not.toContain('data:image');

    // The Markdown file is self-contained: it keeps the image, as the HTML report does.
    (window as { cadence?: unknown }).cadence = {};
    const saved: string[] = [];
    setApi({
      ...backend.api,
      saveFile: async (input: { suggestedName: string; content: string }) => {
        saved.push(input.content);
        return { path: `/home/sm/${input.suggestedName}` };
      },
    } as CadenceApi);
    await user.click(report.getByRole('button', { name: 'Export Markdown' }));
    expect(await screen.findByText('Report saved: sprint-report-sprint-7.md')).toBeInTheDocument();
    expect(saved[0]).toContain(`![grafana.png](${screenshot})`);
  });
});
