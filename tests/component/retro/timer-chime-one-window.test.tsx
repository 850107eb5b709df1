import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ChimeFloor, joinChimeFloor } from '../../../renderer/components/chiming-window';
import { fakeAudio } from '../standup/chime-fixtures';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** The laptop: a second window showing the same retro, as the projector's page sees it over the channel. */
let laptop: ChimeFloor | null = null;

afterEach(() => {
  laptop?.leave();
  laptop = null;
  localStorage.clear();
  vi.unstubAllGlobals();
});

/** The tones the retro's chimes play (through the one audio context the page's chimes share). */
const retroAudio = fakeAudio;

/** Starts the Write timer for three seconds with its chime on, as the scrum master does, and waits for it to run out. */
async function runWriteTimerOut() {
  const user = userEvent.setup();
  const minutes = await screen.findByLabelText('Write minutes', {}, { timeout: 15_000 });
  await user.click(screen.getByRole('checkbox', { name: 'Chime at zero (write timer)' }));
  await user.clear(minutes);
  await user.type(minutes, '0.05');
  await user.click(screen.getByRole('button', { name: 'Start write timer' }));
  await screen.findByText('Over time', undefined, { timeout: 10_000 });
}

describe('two windows showing the same retro when a phase timer runs out', () => {
  it('chime once for the room: the other window, visible and focused last, chimes; this one stays silent', async () => {
    const tones = retroAudio();
    const s = await renderRetro('write');
    laptop = joinChimeFloor(`${s.retroId}:write`, {
      windowId: 'laptop',
      visible: () => true,
      focusedAt: () => Date.now(),
    });
    await runWriteTimerOut();
    // A window waits a quarter of a second for the others' answers; give it ample time.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(tones).toEqual([]);
  });

  it('chimes here when the other window is hidden', async () => {
    const tones = retroAudio();
    const s = await renderRetro('write');
    laptop = joinChimeFloor(`${s.retroId}:write`, {
      windowId: 'laptop',
      visible: () => false,
      focusedAt: () => Date.now(),
    });
    await runWriteTimerOut();
    await vi.waitFor(() => expect(tones).toEqual([880, 660]));
  });

  it('chimes here when it is the only window', async () => {
    const tones = retroAudio();
    await renderRetro('write');
    await runWriteTimerOut();
    await vi.waitFor(() => expect(tones).toEqual([880, 660]));
  });
});
