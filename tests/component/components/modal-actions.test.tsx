import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DialogActions } from '../../../renderer/components/DialogActions';
import { Modal } from '../../../renderer/components/Modal';

describe('Modal', () => {
  it('closes the newest dialog on Escape even when the focus fell to the page', () => {
    const closeOuter = vi.fn();
    const closeInner = vi.fn();
    render(
      <>
        <Modal title="Outer" onClose={closeOuter}>
          <button type="button">Outer button</button>
        </Modal>
        <Modal title="Inner" onClose={closeInner}>
          <button type="button">Inner button</button>
        </Modal>
      </>,
    );
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(closeInner).toHaveBeenCalledTimes(1);
    expect(closeOuter).not.toHaveBeenCalled();
  });

  it('takes the focus itself when nothing in it can, rather than leave it on the page behind', () => {
    const { rerender } = render(
      <button type="button" onClick={() => undefined}>
        Import from a tracker
      </button>,
    );
    screen.getByRole('button', { name: 'Import from a tracker' }).focus();
    rerender(
      <>
        <button type="button" onClick={() => undefined}>
          Import from a tracker
        </button>
        <Modal title="Import items" onClose={() => undefined}>
          <p>Reading the export…</p>
        </Modal>
      </>,
    );
    expect(screen.getByRole('dialog', { name: 'Import items' })).toHaveFocus();
  });
});

describe('DialogActions while saving', () => {
  it('keeps the focus on the main button and ignores presses until the save ends', async () => {
    const user = userEvent.setup();
    const confirm = vi.fn();
    const { rerender } = render(
      <DialogActions confirm="Add 2 on-call shifts" onConfirm={confirm} onCancel={() => undefined} />,
    );
    const main = screen.getByRole('button', { name: 'Add 2 on-call shifts' });
    main.focus();
    rerender(<DialogActions confirm="Add 2 on-call shifts" onConfirm={confirm} onCancel={() => undefined} busy />);
    expect(main).toHaveAttribute('aria-disabled', 'true');
    expect(main).toHaveFocus();
    await user.click(main);
    expect(confirm).not.toHaveBeenCalled();
    rerender(<DialogActions confirm="Add 2 on-call shifts" onConfirm={confirm} onCancel={() => undefined} />);
    await user.click(main);
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it('does not submit its form twice while saving', async () => {
    const user = userEvent.setup();
    const submit = vi.fn((event: React.FormEvent) => event.preventDefault());
    render(
      <form onSubmit={submit}>
        <input aria-label="Title" />
        <DialogActions confirm="Create item" busy />
      </form>,
    );
    await user.type(screen.getByLabelText('Title'), 'Rotate certs{Enter}');
    await user.click(screen.getByRole('button', { name: 'Create item' }));
    expect(submit).not.toHaveBeenCalled();
  });
});
