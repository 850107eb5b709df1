import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ChimeFloor, chimesFirst, joinChimeFloor } from '../../../renderer/components/chiming-window';
import { renderApp } from '../render-app';
import { fakeAudio, inOvertime } from './chime-fixtures';
import { boardTeam, seedWith } from './seed';

/** The laptop: a second window showing the same standup, as the projector's page sees it over the channel. */
let laptop: ChimeFloor | null = null;

afterEach(() => {
  laptop?.leave();
  laptop = null;
  vi.unstubAllGlobals();
});

/** Waits for the windows' answers to arrive and the chime to be decided (a window waits 250 ms for them). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 1000));

describe('two windows showing the same standup', { timeout: 20_000 }, () => {
  it('chime once for the room: the other window, visible and focused last, chimes; this one stays silent', async () => {
    const tones = fakeAudio();
    const doc = boardTeam();
    const standup = inOvertime(doc);
    // The laptop is visible and the scrum master clicked into it last.
    laptop = joinChimeFloor(standup.id, { windowId: 'laptop', visible: () => true, focusedAt: () => Date.now() });
    await renderApp('standup', seedWith({ ...doc, standups: [standup] }));
    await screen.findByText('Overtime', undefined, { timeout: 10_000 });
    await settled();
    expect(tones).toEqual([]);
  });

  it('chimes here when the other window is hidden (minimised, or another tab in front)', async () => {
    const tones = fakeAudio();
    const doc = boardTeam();
    const standup = inOvertime(doc);
    laptop = joinChimeFloor(standup.id, { windowId: 'laptop', visible: () => false, focusedAt: () => Date.now() });
    await renderApp('standup', seedWith({ ...doc, standups: [standup] }));
    await screen.findByText('Overtime', undefined, { timeout: 10_000 });
    await vi.waitFor(() => expect(tones).toEqual([880, 660]));
  });

  it('chimes here when the other window shows another standup', async () => {
    const tones = fakeAudio();
    const doc = boardTeam();
    laptop = joinChimeFloor('another-standup', {
      windowId: 'laptop',
      visible: () => true,
      focusedAt: () => Date.now(),
    });
    await renderApp('standup', seedWith({ ...doc, standups: [inOvertime(doc)] }));
    await screen.findByText('Overtime', undefined, { timeout: 10_000 });
    await vi.waitFor(() => expect(tones).toEqual([880, 660]));
  });
});

describe('chimesFirst', () => {
  const seat = (windowId: string, visible: boolean, focusedAt: number) => ({ windowId, visible, focusedAt });
  it('picks the visible window over a hidden one focused later', () => {
    expect(chimesFirst(seat('projector', true, 1), [seat('laptop', false, 2)])).toBe(true);
    expect(chimesFirst(seat('laptop', false, 2), [seat('projector', true, 1)])).toBe(false);
  });
  it('of two visible windows, picks the one focused last, and only one of two alike', () => {
    expect(chimesFirst(seat('projector', true, 1), [seat('laptop', true, 2)])).toBe(false);
    expect(chimesFirst(seat('laptop', true, 2), [seat('projector', true, 1)])).toBe(true);
    const a = seat('a', true, 5);
    const b = seat('b', true, 5);
    expect([chimesFirst(a, [b]), chimesFirst(b, [a])].filter(Boolean)).toHaveLength(1);
  });
  it('chimes alone', () => {
    expect(chimesFirst(seat('projector', false, 0), [])).toBe(true);
  });
});
