import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { useAppStore } from '../../../renderer/store';
import type { CadenceApi } from '../../../src/api/contract';
import { openReview } from './review-helpers';

// Mermaid's chunk cannot be loaded (a packaging fault, a browser that blocked it): its import fails.
vi.mock('mermaid', () => {
  throw new Error('Failed to fetch dynamically imported module: mermaid.js');
});

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  delete (window as { cadence?: unknown }).cadence;
});

describe('exporting the HTML report when Mermaid cannot be loaded', () => {
  it('saves the report with the diagram as its text and a note, and says the diagrams are text', async () => {
    const user = userEvent.setup();
    const { backend } = await openReview();
    const mermaid = 'graph LR\n  client --> lb';
    const state = useAppStore.getState();
    const review = state.team!.reviews[0]!;
    await act(() =>
      state.saveDemoBlock(review.id, review.slots[0]!.id, {
        id: 'd1',
        kind: 'diagram',
        title: 'Deploy flow',
        source: 'mermaid',
        mermaid,
        image: null,
      }),
    );
    (window as { cadence?: unknown }).cadence = {};
    const saved: { name: string; content: string }[] = [];
    setApi({
      ...backend.api,
      saveFile: async (input: { suggestedName: string; content: string }) => {
        saved.push({ name: input.suggestedName, content: input.content });
        return { path: `/home/sm/${input.suggestedName}` };
      },
    } as CadenceApi);

    const report = within(await screen.findByRole('region', { name: 'Sprint report' }));
    const exportHtml = report.getByRole('button', { name: 'Export HTML' });
    await user.click(exportHtml);
    expect(
      await screen.findByText(
        'Report saved: sprint-report-sprint-7.html. Its diagrams are in it as text: Mermaid could not be loaded to draw them.',
      ),
    ).toBeInTheDocument();
    expect(saved.map((s) => s.name)).toEqual(['sprint-report-sprint-7.html']);
    const html = saved[0]!.content;
    expect(html).toContain('The diagram could not be drawn; its Mermaid text follows.');
    expect(html).toContain('client --&gt; lb');
    expect(exportHtml).toHaveFocus();
  });

  it("shows a diagram on screen as its text, labelled, beside Mermaid's error", async () => {
    await openReview();
    const mermaid = 'graph LR\n  client --> lb';
    const state = useAppStore.getState();
    const review = state.team!.reviews[0]!;
    await act(() =>
      state.saveDemoBlock(review.id, review.slots[0]!.id, {
        id: 'd1',
        kind: 'diagram',
        title: 'Deploy flow',
        source: 'mermaid',
        mermaid,
        image: null,
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The diagram could not be drawn. Mermaid could not be loaded:',
    );
    const text = screen.getByRole('figure', { name: 'Mermaid text of Deploy flow' });
    expect(within(text).getByText(/client --> lb/).textContent).toBe(mermaid);
  });
});
