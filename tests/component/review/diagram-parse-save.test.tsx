import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openBlockEditor, openReview, storedBlocks } from './review-helpers';

// jsdom has no layout engine, so Mermaid cannot measure text to draw; parsing stays real.
vi.mock('mermaid', async (importOriginal) => {
  const real = (await importOriginal()) as { default: Record<string, unknown> };
  return {
    default: {
      ...real.default,
      render: vi.fn(async (id: string) => ({ svg: `<svg id="${id}"><g></g></svg>` })),
    },
  };
});

vi.setConfig({ testTimeout: 30_000 });

describe('saving a Mermaid diagram', () => {
  it('refuses text Mermaid cannot read, naming the problem and its line, and keeps the text; the fixed text saves', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const dialog = await openBlockEditor(user, 'Architecture diagram');
    await user.type(dialog.getByLabelText('Diagram title'), 'Deploy flow');
    const text = dialog.getByLabelText('Mermaid text', { exact: true });
    await user.type(text, 'client --> lb');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    expect(
      await dialog.findByText(
        'Mermaid cannot tell what kind of diagram this is: start the text with its type, such as graph LR or sequenceDiagram.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(await storedBlocks(backend, seeded.id)).toEqual([]);

    await user.clear(text);
    await user.type(text, 'graph LR{enter}  a --> b{enter}  b -> c');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));

    expect(
      await dialog.findByText(
        'Mermaid cannot read line 3 of the diagram (“b -> c”). Mermaid says what it expected in the preview.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(text).toHaveValue('graph LR\n  a --> b\n  b -> c');
    expect(text).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(text).toHaveFocus());
    expect(await storedBlocks(backend, seeded.id)).toEqual([]);

    await user.clear(text);
    await user.type(text, 'graph LR{enter}  a --> b{enter}  b --> c');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    expect(await screen.findByRole('img', { name: 'Deploy flow' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await storedBlocks(backend, seeded.id)).toMatchObject([
      { kind: 'diagram', mermaid: 'graph LR\n  a --> b\n  b --> c' },
    ]);
  });
});
