import { afterEach, describe, expect, it, vi } from 'vitest';

/** Every audio context the page makes, and the start time of every note played, by context. */
function countingAudio() {
  const contexts: { starts: number[] }[] = [];
  class FakeAudioContext {
    currentTime = 0;
    destination = {};
    starts: number[] = [];
    constructor() {
      contexts.push(this);
    }
    resume() {
      return Promise.resolve();
    }
    close() {
      return Promise.resolve();
    }
    createOscillator() {
      return {
        type: 'sine',
        frequency: { value: 0 },
        connect: (node: unknown) => node,
        start: (at: number) => this.starts.push(at),
        stop: () => undefined,
      };
    }
    createGain() {
      const ramp = () => undefined;
      return { gain: { setValueAtTime: ramp, exponentialRampToValueAtTime: ramp }, connect: (node: unknown) => node };
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return contexts;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the chimes of the retro and the standup', () => {
  it('play through one audio context for the page, each with its own pace', async () => {
    const contexts = countingAudio();
    // Fresh modules: a page that has not chimed yet (another test file's chime may have made the page's context).
    vi.resetModules();
    const { playRetroChime } = await import('../../../renderer/screens/retro/chime');
    const { playStandupChime } = await import('../../../renderer/screens/standup/chime');
    // A long retro chimes at each phase's and topic's end; a standup at each turn's.
    playRetroChime();
    playRetroChime();
    playStandupChime();
    expect(contexts).toHaveLength(1);
    const starts = contexts[0]!.starts;
    // The retro's notes are held longer, so they start further apart than the standup's quick pair.
    expect(starts).toHaveLength(6);
    const retroGap = starts[1]! - starts[0]!;
    const standupGap = starts[5]! - starts[4]!;
    expect(retroGap).toBeGreaterThan(standupGap);
  });
});
