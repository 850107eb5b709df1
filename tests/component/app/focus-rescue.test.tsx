import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nearestControl, useFocusRescue } from '../../../renderer/app/useFocusRescue';

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

describe('useFocusRescue: decides a frame after the focus was lost', () => {
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
