import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/**
 * The postmortem's incident form with typed but unsaved text is not thrown away without a word: a phase change
 * (Next phase, the phase bar, ]) and a switch of screen first ask "Discard your changes to the incident?".
 */
const question = () => screen.findByRole('dialog', { name: 'Discard your changes to the incident?' });
const noQuestion = () => expect(screen.queryByRole('dialog', { name: /Discard your changes/ })).toBeNull();

async function typeImpact(text: string) {
  const user = userEvent.setup();
  const impact = await screen.findByLabelText('Impact', {}, { timeout: 20_000 });
  await user.type(impact, text);
  return { user, impact };
}

describe('the incident form with unsaved changes', () => {
  it('asks before Next phase; Keep editing keeps the text and the focus, Discard changes moves on', async () => {
    const s = await renderRetro('incident', { kind: 'postmortem' });
    const { user, impact } = await typeImpact('Lookups failed');
    const next = screen.getByRole('button', { name: 'Next phase →' });

    await user.click(next);
    const ask = await question();
    expect(within(ask).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    noQuestion();
    expect(impact).toHaveValue('Lookups failed');
    expect(next).toHaveFocus();
    expect(s.retro().phase).toBe('incident');

    await user.click(screen.getByRole('button', { name: '2. Timeline' }));
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { level: 3, name: 'Timeline' });
    await waitFor(() => expect(s.retro().phase).toBe('timeline'));
    expect(s.retro().incident?.impact).toBe('');
  });

  it('asks before the ] key moves on, and not once the text is sent to be saved', async () => {
    const s = await renderRetro('incident', { kind: 'postmortem' });
    const { user } = await typeImpact('Lookups failed');
    const save = screen.getByRole('button', { name: 'Save incident' });
    save.focus();

    fireEvent.keyDown(save, { key: ']' });
    await user.click(within(await question()).getByRole('button', { name: 'Keep editing' }));
    expect(save).toHaveFocus();
    expect(s.retro().phase).toBe('incident');

    // Next phase at once after Save: what was sent is not "unsaved", even before the answer comes.
    await user.click(save);
    await user.click(screen.getByRole('button', { name: 'Next phase →' }));
    await screen.findByRole('heading', { level: 3, name: 'Timeline' });
    noQuestion();
    await waitFor(() => expect(s.retro().incident?.impact).toBe('Lookups failed'));
  });

  it('asks before the screen changes, and before All retros', async () => {
    const s = await renderRetro('incident', { kind: 'postmortem' });
    const { user, impact } = await typeImpact('Lookups failed');

    act(() => useAppStore.getState().navigate('backlog'));
    await user.click(within(await question()).getByRole('button', { name: 'Keep editing' }));
    expect(useAppStore.getState().screen).toBe('retro');
    expect(impact).toHaveValue('Lookups failed');

    await user.click(screen.getByRole('button', { name: 'All retros' }));
    await user.click(within(await question()).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByLabelText('Impact')).toHaveValue('Lookups failed');

    act(() => useAppStore.getState().navigate('backlog'));
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('backlog'));
    expect(s.retro().incident?.impact).toBe('');
  });
});

describe('a reload or closing the tab in browser mode', () => {
  const reloadHeld = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));

  it('is held (the browser asks) only while the incident form has changes not saved', async () => {
    await renderRetro('incident', { kind: 'postmortem' });
    await screen.findByLabelText('Impact', {}, { timeout: 20_000 });
    expect(reloadHeld()).toBe(false);

    const { user } = await typeImpact('Lookups failed');
    expect(reloadHeld()).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save incident' }));
    await screen.findByText('Saved.');
    expect(reloadHeld()).toBe(false);
  });
});
