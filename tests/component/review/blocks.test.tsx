import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openBlockEditor, openReview, storedBlocks } from './review-helpers';

// jsdom has no layout engine, so Mermaid cannot measure text to draw; parsing stays real.
vi.mock('mermaid', async (importOriginal) => {
  const real = (await importOriginal()) as { default: Record<string, unknown> };
  return {
    default: {
      ...real.default,
      render: vi.fn(async (id: string) => ({ svg: `<svg id="${id}" data-testid="drawn"><g></g></svg>` })),
    },
  };
});

vi.setConfig({ testTimeout: 30_000 });

describe('review demo blocks', () => {
  it('metric: refuses a non-number, then shows the signed change coloured by direction', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const dialog = await openBlockEditor(user, 'Before/after metric');
    await user.type(dialog.getByLabelText('Metric name'), 'CI pipeline');
    await user.type(dialog.getByLabelText('Unit'), 'min');
    await user.type(dialog.getByLabelText('Before value'), 'slow');
    await user.type(dialog.getByLabelText('After value'), '6');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    expect(
      await dialog.findByText('Before value must be a number, such as 1200, 1,200 or 1200.5.'),
    ).toBeInTheDocument();
    expect(await storedBlocks(backend, seeded.id)).toEqual([]);

    await user.clear(dialog.getByLabelText('Before value'));
    await user.type(dialog.getByLabelText('Before value'), '14');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    const delta = await screen.findByTestId('metric-delta');
    expect(delta).toHaveTextContent('−57.1% (better, lower is better)');
    expect(delta).toHaveClass('metric__delta--better');
    expect(await storedBlocks(backend, seeded.id)).toMatchObject([{ kind: 'metric', before: 14, after: 6 }]);
  });

  it('metric: reads thousands commas as Cadence writes them, a decimal comma too, and refuses other forms', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const dialog = await openBlockEditor(user, 'Before/after metric');
    await user.type(dialog.getByLabelText('Metric name'), 'p95 latency');
    await user.type(dialog.getByLabelText('Unit'), 'ms');
    await user.type(dialog.getByLabelText('Before value'), '1.200,5');
    await user.type(dialog.getByLabelText('After value'), '850');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    expect(
      await dialog.findByText('Before value must be a number, such as 1200, 1,200 or 1200.5.'),
    ).toBeInTheDocument();
    expect(dialog.getByLabelText('Before value')).toHaveAttribute('aria-invalid', 'true');
    expect(await storedBlocks(backend, seeded.id)).toEqual([]);

    await user.clear(dialog.getByLabelText('Before value'));
    await user.type(dialog.getByLabelText('Before value'), '1,200');
    await user.clear(dialog.getByLabelText('After value'));
    await user.type(dialog.getByLabelText('After value'), '849,5');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    const delta = await screen.findByTestId('metric-delta');
    expect(delta).toHaveTextContent('−29.2% (better, lower is better)');
    expect(await storedBlocks(backend, seeded.id)).toMatchObject([{ kind: 'metric', before: 1200, after: 849.5 }]);
  });

  it('metric: a rise is worse when lower is better', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'Before/after metric');
    await user.type(dialog.getByLabelText('Metric name'), 'Alert pages per week');
    await user.type(dialog.getByLabelText('Before value'), '9');
    await user.type(dialog.getByLabelText('After value'), '12');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    const delta = await screen.findByTestId('metric-delta');
    expect(delta).toHaveTextContent('+33.3% (worse');
    expect(delta).toHaveClass('metric__delta--worse');
  });

  it('CLI walkthrough: steps through the commands one at a time', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'CLI walkthrough');
    expect(screen.getByRole('dialog', { name: 'Add a block: CLI walkthrough' })).toBeInTheDocument();
    await user.type(dialog.getByLabelText('Command 1'), 'kubectl get pods');
    await user.type(dialog.getByLabelText('Output 1'), 'api-1 Running');
    await user.click(dialog.getByRole('button', { name: 'Add command' }));
    await user.type(dialog.getByLabelText('Command 2'), 'kubectl rollout status deploy/api');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    const terminal = await screen.findByLabelText('CLI walkthrough terminal');
    expect(terminal).not.toHaveTextContent('kubectl');
    await user.click(screen.getByRole('button', { name: 'Run next command: CLI walkthrough' }));
    expect(terminal).toHaveTextContent('kubectl get pods');
    expect(terminal).toHaveTextContent('api-1 Running');
    expect(terminal).not.toHaveTextContent('rollout');
    expect(screen.getByText('Command 1 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run next command: CLI walkthrough' }));
    expect(terminal).toHaveTextContent('kubectl rollout status deploy/api');
    expect(screen.getByRole('button', { name: 'Run next command: CLI walkthrough' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Back one command: CLI walkthrough' }));
    expect(terminal).not.toHaveTextContent('rollout');
  });

  it('CLI walkthrough: a pasted multi-line command keeps its lines in the form, the slot and presenter mode', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const command = 'kubectl drain node-7 \\\n  --ignore-daemonsets';
    const dialog = await openBlockEditor(user, 'CLI walkthrough');
    await user.type(dialog.getByLabelText('Walkthrough title'), 'Drain a node');
    const field = dialog.getByLabelText('Command 1');
    expect(field.tagName).toBe('TEXTAREA');
    await user.click(field);
    await user.paste(command);
    await user.type(dialog.getByLabelText('Output 1'), 'node/node-7 drained');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    const terminal = await screen.findByLabelText('Drain a node terminal');
    expect(await storedBlocks(backend, seeded.id)).toMatchObject([{ kind: 'cli', steps: [{ command }] }]);

    await user.click(screen.getByRole('button', { name: 'Run next command: Drain a node' }));
    expect(terminal.textContent).toContain(`$ ${command}\nnode/node-7 drained`);

    await user.click(screen.getByRole('button', { name: 'Edit block 1, CLI walkthrough: Drain a node' }));
    const editor = within(await screen.findByRole('dialog'));
    expect(editor.getByLabelText('Command 1')).toHaveValue(command);
    await user.click(editor.getByRole('button', { name: 'Cancel' }));

    await user.keyboard('p');
    const presenter = await screen.findByRole('dialog', { name: 'Presenter mode' });
    await user.keyboard('{ArrowDown}');
    const shown = within(presenter).getByLabelText('Drain a node terminal');
    await waitFor(() => expect(shown.textContent).toContain(`$ ${command}\n`));
  });

  it('CLI walkthrough: a command cannot be empty', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'CLI walkthrough');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    expect(await dialog.findByText('Command cannot be empty.')).toBeInTheDocument();
  });

  it('diagram: Mermaid text that does not parse shows the parser message; valid text draws in an img role', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'Architecture diagram');
    await user.type(dialog.getByLabelText('Diagram title'), 'Deploy flow');
    const text = dialog.getByLabelText('Mermaid text', { exact: true });
    await user.type(text, 'graph LR{enter}  a --> ');
    await user.click(dialog.getByLabelText('Diagram title'));
    const alert = await dialog.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The diagram could not be drawn.');
    expect(alert.querySelector('pre')?.textContent).toMatch(/Parse error|Expecting/);
    await user.clear(text);
    await user.type(text, 'graph LR{enter}  a --> b');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    const diagram = await screen.findByRole('img', { name: 'Deploy flow' }, { timeout: 10_000 });
    expect(within(diagram).getByTestId('drawn')).toBeInTheDocument();
  }, 20_000);

  it("diagram: one whose text cannot be drawn (a sync, an import) shows Mermaid's message and its text, labelled", async () => {
    await openReview();
    const mermaid = 'graph LR\n  client --> lb\n  lb -> app';
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
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The diagram could not be drawn. Mermaid says:');
    const text = screen.getByRole('figure', { name: 'Mermaid text of Deploy flow' });
    expect(within(text).getByText(/lb -> app/).textContent).toBe(mermaid);
  });

  it('diagram: refuses non-images and large files, stores an image as a data URL', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { backend, seeded } = await openReview();
    const dialog = await openBlockEditor(user, 'Architecture diagram');
    await user.type(dialog.getByLabelText('Diagram title'), 'Rack layout');
    await user.click(dialog.getByRole('radio', { name: 'Attach an image file' }));
    const input = dialog.getByLabelText('Image file', { exact: true });
    await user.upload(input, new File(['#!/bin/sh'], 'deploy.sh', { type: 'text/x-sh' }));
    expect(dialog.getByText('“deploy.sh” is not a PNG, JPEG, GIF or WebP image.')).toBeInTheDocument();
    await user.upload(input, new File([new Uint8Array(2 * 1024 * 1024)], 'big.png', { type: 'image/png' }));
    expect(dialog.getByText('“big.png” is 2 MB; images are limited to 1 MB.')).toBeInTheDocument();
    await user.upload(input, new File(['just text'], 'renamed.png', { type: 'image/png' }));
    expect(await dialog.findByText('“renamed.png” is not a readable PNG image.')).toBeInTheDocument();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await user.upload(input, new File([png], 'rack.png', { type: 'image/png' }));
    await dialog.findByRole('img', { name: 'Attached image rack.png' });
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    const img = await screen.findByRole('img', { name: 'Rack layout' });
    expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await waitFor(async () =>
      expect(await storedBlocks(backend, seeded.id)).toMatchObject([
        { kind: 'diagram', source: 'image', image: { name: 'rack.png' } },
      ]),
    );
  });

  it('monitors: refuses a runbook link that is not http(s), then lists the monitor', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'New monitors / alerts');
    await user.type(dialog.getByLabelText('Name of monitor 1'), 'DiskFull');
    await user.type(dialog.getByLabelText('Condition of monitor 1'), 'disk_used > 90%');
    await user.selectOptions(dialog.getByLabelText('Severity of monitor 1'), 'critical');
    await user.type(dialog.getByLabelText('Runbook link of monitor 1'), 'javascript:alert(1)');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    expect(await dialog.findByText('Runbook links must start with http:// or https://.')).toBeInTheDocument();
    await user.clear(dialog.getByLabelText('Runbook link of monitor 1'));
    await user.type(dialog.getByLabelText('Runbook link of monitor 1'), 'https://wiki.example/disk');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    const link = await screen.findByRole('link', { name: 'Runbook for DiskFull' });
    expect(link).toHaveAttribute('href', 'https://wiki.example/disk');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('disk_used > 90%')).toBeInTheDocument();
    expect(within(row).getByText('critical')).toBeInTheDocument();
  });

  it('notes: renders Markdown with scripts and handlers removed', async () => {
    const user = userEvent.setup();
    await openReview();
    const dialog = await openBlockEditor(user, 'Notes / links');
    const notes = dialog.getByLabelText('Notes (Markdown)');
    await user.click(notes);
    await user.paste('See **the PR** <img src=x onerror=alert(1)> [board](https://grafana.example/d/1)');
    await user.click(dialog.getByRole('button', { name: 'Save block' }));
    const list = await screen.findByRole('list', { name: 'Demo blocks of Speed up CI' });
    expect(within(list).getByText('the PR').tagName).toBe('STRONG');
    expect(within(list).getByRole('link', { name: 'board' })).toHaveAttribute('href', 'https://grafana.example/d/1');
    expect(list.querySelector('[onerror]')).toBeNull();
  });
});
