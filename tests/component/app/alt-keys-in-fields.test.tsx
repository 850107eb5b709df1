import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

/**
 * On a Mac, Option with a digit or a letter types a character: '|' is Option+7 and '[' Option+5 on a
 * German keyboard, '£' Option+3 and 'π' Option+P on a US one. In a text field that key is the person's
 * typing, not Alt+7 (open Data & backups) or Alt+P (presentation mode).
 */
describe('Alt shortcuts while typing', { timeout: 20_000 }, () => {
  function on(platform: string) {
    Object.defineProperty(navigator, 'platform', { configurable: true, get: () => platform });
  }
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'platform');
  });

  async function typingAMember() {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    const name = screen.getByLabelText('Name');
    await user.type(name, 'Ana');
    return name;
  }

  /** The screen change asks first about the member being typed (the Team screen's unsaved-changes question). */
  async function leaveTheTypedMember() {
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the new member?' });
    fireEvent.click(within(ask).getByRole('button', { name: 'Discard changes' }));
  }

  it('on a Mac, a character typed with Option in a field stays there: no screen change, nothing lost', async () => {
    on('MacIntel');
    const name = await typingAMember();
    // fireEvent answers false when the page took the key (preventDefault): the character would not be typed.
    const pipeTyped = fireEvent.keyDown(name, { key: '|', code: 'Digit7', altKey: true });
    const piTyped = fireEvent.keyDown(name, { key: 'π', code: 'KeyP', altKey: true });
    expect(useAppStore.getState().screen).toBe('team');
    expect(useAppStore.getState().presentation).toBe(false);
    expect(screen.getByRole('heading', { name: 'Members of Ops' })).toBeInTheDocument();
    expect(name).toHaveValue('Ana');
    expect([pipeTyped, piTyped]).toEqual([true, true]);
  });

  it.each([
    ['Win32', '7', 'Digit7', 'data'],
    // A French keyboard: the key reads an apostrophe, and Alt with it types nothing.
    ['Win32', "'", 'Digit4', 'standup'],
    ['Linux x86_64', '7', 'Digit7', 'data'],
  ])('on %s, Alt with the key that reads %s still opens a screen from a field', async (platform, key, code, opens) => {
    on(platform);
    const name = await typingAMember();
    expect(fireEvent.keyDown(name, { key, code, altKey: true })).toBe(false);
    await leaveTheTypedMember();
    expect(useAppStore.getState().screen).toBe(opens);
  });

  it('on a Mac, Option+digit outside a field still opens the screen, whatever character it makes', async () => {
    on('MacIntel');
    await typingAMember();
    const nav = screen.getByRole('navigation', { name: 'Ceremonies' });
    expect(fireEvent.keyDown(nav, { key: '¶', code: 'Digit7', altKey: true })).toBe(false);
    await leaveTheTypedMember();
    expect(useAppStore.getState().screen).toBe('data');
  });
});
