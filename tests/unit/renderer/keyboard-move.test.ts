import { describe, expect, it } from 'vitest';
import { moveKeyAction, PAGE_STEP } from '../../../renderer/components/keyboard-move';

const plain = { alt: false, ctrl: false, meta: false };

describe('moveKeyAction', () => {
  it('picks a row up with Space or Enter, and ignores other keys until then', () => {
    expect(moveKeyAction(' ', null, 5, plain)).toEqual({ kind: 'pick-up' });
    expect(moveKeyAction('Enter', null, 5, plain)).toEqual({ kind: 'pick-up' });
    expect(moveKeyAction('ArrowDown', null, 5, plain)).toEqual({ kind: 'none' });
    expect(moveKeyAction('Escape', null, 5, plain)).toEqual({ kind: 'none' });
  });

  it('leaves keys with Alt, Ctrl or Meta to others (Alt+arrows is the one-step move)', () => {
    expect(moveKeyAction(' ', null, 5, { ...plain, alt: true })).toEqual({ kind: 'none' });
    expect(moveKeyAction('ArrowDown', 2, 5, { ...plain, ctrl: true })).toEqual({ kind: 'none' });
    expect(moveKeyAction('Enter', 2, 5, { ...plain, meta: true })).toEqual({ kind: 'none' });
  });

  it('moves the target with arrows, pages, Home and End, within the list', () => {
    expect(moveKeyAction('ArrowDown', 2, 5, plain)).toEqual({ kind: 'target', to: 3 });
    expect(moveKeyAction('ArrowUp', 2, 5, plain)).toEqual({ kind: 'target', to: 1 });
    expect(moveKeyAction('ArrowUp', 0, 5, plain)).toEqual({ kind: 'target', to: 0 });
    expect(moveKeyAction('ArrowDown', 4, 5, plain)).toEqual({ kind: 'target', to: 4 });
    expect(moveKeyAction('PageDown', 3, 50, plain)).toEqual({ kind: 'target', to: 3 + PAGE_STEP });
    expect(moveKeyAction('PageDown', 3, 8, plain)).toEqual({ kind: 'target', to: 7 });
    expect(moveKeyAction('PageUp', 3, 50, plain)).toEqual({ kind: 'target', to: 0 });
    expect(moveKeyAction('Home', 30, 50, plain)).toEqual({ kind: 'target', to: 0 });
    expect(moveKeyAction('End', 3, 50, plain)).toEqual({ kind: 'target', to: 49 });
  });

  it('drops with Space or Enter, cancels with Escape or Tab, and ignores typing', () => {
    expect(moveKeyAction(' ', 3, 5, plain)).toEqual({ kind: 'drop' });
    expect(moveKeyAction('Enter', 3, 5, plain)).toEqual({ kind: 'drop' });
    expect(moveKeyAction('Escape', 3, 5, plain)).toEqual({ kind: 'cancel' });
    expect(moveKeyAction('Tab', 3, 5, plain)).toEqual({ kind: 'cancel' });
    expect(moveKeyAction('x', 3, 5, plain)).toEqual({ kind: 'none' });
  });

  it('moves across columns with ← and →, and ignores ↑ ↓ there', () => {
    expect(moveKeyAction('ArrowRight', 1, 4, plain, 'horizontal')).toEqual({ kind: 'target', to: 2 });
    expect(moveKeyAction('ArrowLeft', 0, 4, plain, 'horizontal')).toEqual({ kind: 'target', to: 0 });
    expect(moveKeyAction('ArrowRight', 3, 4, plain, 'horizontal')).toEqual({ kind: 'target', to: 3 });
    expect(moveKeyAction('End', 0, 4, plain, 'horizontal')).toEqual({ kind: 'target', to: 3 });
    expect(moveKeyAction('ArrowDown', 1, 4, plain, 'horizontal')).toEqual({ kind: 'none' });
    expect(moveKeyAction('ArrowLeft', 1, 4, plain)).toEqual({ kind: 'none' });
  });
});
