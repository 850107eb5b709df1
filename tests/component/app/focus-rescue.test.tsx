import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nearestControl, useFocusRescue } from '../../../renderer/app/useFocusRescue';
import { Modal } from '../../../renderer/components/Modal';

function page(html: string): (id: string) => HTMLElement {
  document.body.innerHTML = html;
  return (id) => {
    const found = document.getElementById(id);
    if (!found) throw new Error(`no #${id}`);
    return found;
  };
}

describe('nearestControl: where the focus goes from a control turned off', () => {
  it('to the control after it, else the one before it', () => {
    const el = page('<div><button id="prev" disabled>Previous</button><button id="next">Next</button></div>');
    expect(nearestControl(el('prev'))).toBe(el('next'));
    const end = page('<div><button id="prev">Previous</button><button id="next" disabled>Next</button></div>');
    expect(nearestControl(end('next'))).toBe(end('prev'));
  });

  it('looks out one container at a time, skipping what cannot take the focus', () => {
    const el = page(
      '<section><h3 tabindex="-1">Topic</h3><p><button id="minus" disabled>−</button></p>' +
        '<p><button disabled>off</button><a>no link</a><a id="plus" href="#plus">+</a></p></section>',
    );
    expect(nearestControl(el('minus'))).toBe(el('plus'));
  });

  it('finds nothing when nothing around it can take the focus', () => {
    const el = page('<div><button id="only" disabled>Only</button></div>');
    expect(nearestControl(el('only'))).toBeNull();
  });
});

function Rescue() {
  useFocusRescue();
  return null;
}
const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
/** The focus leaving `el` with nowhere to go, as Chromium tells it: focusout while `el` is still in the page. */
const loseFocus = (el: HTMLElement) =>
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));

describe('useFocusRescue: decides a frame after the focus was lost', () => {
  beforeEach(() => {
    // jsdom answers false once the focused element is removed; a browser window keeps the focus.
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    document.body.innerHTML =
      '<main id="main" tabindex="-1"><div><button id="gone">Delete</button><button id="next">Next</button></div></main>';
    render(<Rescue />);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sends the focus to the main region when the control is taken out of the page after its focusout', async () => {
    const gone = document.getElementById('gone')!;
    gone.focus();
    loseFocus(gone);
    gone.remove();
    await frames(2);
    expect(document.getElementById('main')).toHaveFocus();
  });

  it('sends the focus to the nearest control when the control is turned off by the next frame', async () => {
    const gone = document.getElementById('gone') as HTMLButtonElement;
    gone.focus();
    // The focus leaves while the button is still on; it is turned off in the same turn (a last step reached).
    gone.blur();
    gone.disabled = true;
    await frames(2);
    expect(document.getElementById('next')).toHaveFocus();
  });

  it('leaves the focus alone when the control is still in the page and enabled (a click on blank space)', async () => {
    const kept = document.getElementById('gone')!;
    kept.focus();
    kept.blur();
    await frames(2);
    expect(document.body).toHaveFocus();
  });
});

describe('useFocusRescue while a dialog is open (the page behind it is inert)', () => {
  /** A page with a button behind a dialog whose one step button gives way to the next step's controls. */
  function PageWithDialog({ nextStep }: { nextStep: 'controls' | 'last' }) {
    const [step, setStep] = useState(1);
    return (
      <>
        <Rescue />
        <main id="main" tabIndex={-1}>
          <button type="button">Import from a tracker</button>
        </main>
        <Modal title="Import items" onClose={() => undefined}>
          {step === 1 ? (
            <p>
              <button type="button" onClick={() => setStep(2)}>
                Read the file
              </button>
            </p>
          ) : null}
          {step === 2 && nextStep === 'controls' ? (
            <p>
              <button type="button">Back</button>
              <button type="button" data-autofocus>
                Import 3 items
              </button>
            </p>
          ) : null}
          {step === 2 && nextStep === 'last' ? <p>Reading…</p> : null}
        </Modal>
      </>
    );
  }

  beforeEach(() => {
    document.body.innerHTML = '';
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Presses the step's button, which goes from the page as Chromium tells it: focusout first, then removal. */
  function pressStepButton() {
    const step = screen.getByRole('button', { name: 'Read the file' });
    expect(step).toHaveFocus();
    loseFocus(step);
    fireEvent.click(step);
  }

  it('sends a focus whose control left the dialog to the dialog’s autofocus control, not to the main region', async () => {
    render(<PageWithDialog nextStep="controls" />);
    pressStepButton();
    await frames(2);
    expect(screen.getByRole('button', { name: 'Import 3 items' })).toHaveFocus();
  });

  it('keeps the focus in the dialog when nothing in it can take the focus any more', async () => {
    render(<PageWithDialog nextStep="last" />);
    pressStepButton();
    await frames(2);
    expect(screen.getByRole('dialog', { name: 'Import items' })).toContainElement(
      document.activeElement as HTMLElement,
    );
  });

  it('keeps a focus whose control was turned off in the dialog, not on a control of the page behind it', async () => {
    function OneStep() {
      const [done, setDone] = useState(false);
      return (
        <>
          <Rescue />
          <main id="main" tabIndex={-1}>
            <button type="button">Import from a tracker</button>
          </main>
          <Modal title="Run commands" onClose={() => undefined}>
            <p>
              <button type="button" disabled={done} onClick={() => setDone(true)}>
                Run next command
              </button>
            </p>
          </Modal>
        </>
      );
    }
    render(<OneStep />);
    const run = screen.getByRole('button', { name: 'Run next command' });
    expect(run).toHaveFocus();
    // The focus leaves while the button is still on; it is turned off in the same turn (the last command run).
    run.blur();
    fireEvent.click(run);
    await frames(2);
    expect(screen.getByRole('dialog', { name: 'Run commands' })).toContainElement(
      document.activeElement as HTMLElement,
    );
  });
});
