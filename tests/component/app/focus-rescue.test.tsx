import { describe, expect, it } from 'vitest';
import { nearestControl } from '../../../renderer/app/useFocusRescue';

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
