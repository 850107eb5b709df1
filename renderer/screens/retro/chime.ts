import { useSyncExternalStore } from 'react';

const CHIME_KEY = 'cadence.retro.chime';

/** The timers on screen showing the chime setting (the Discuss phase shows two): each is told of a change. */
const listeners = new Set<() => void>();

function readChime(): boolean {
  try {
    return localStorage.getItem(CHIME_KEY) === 'on';
  } catch {
    return false;
  }
}

/**
 * Whether the retro's timers chime at zero, and its setter: one setting, kept in this browser, that every timer on
 * screen shows as it is (a box ticked beside the topic's timer is ticked beside the phase's too).
 */
export function useChimeSetting(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore((changed) => {
    listeners.add(changed);
    return () => listeners.delete(changed);
  }, readChime);
  const set = (next: boolean) => {
    try {
      localStorage.setItem(CHIME_KEY, next ? 'on' : 'off');
    } catch {
      // Only a preference.
    }
    for (const changed of listeners) changed();
  };
  return [on, set];
}

/** A short two-tone chime through Web Audio; silent where audio is unavailable (tests, locked-down browsers). */
export function playChime(): void {
  const AudioCtx = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioCtx) return;
  try {
    const ctx = new AudioCtx();
    const tones = [880, 660];
    tones.forEach((frequency, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = frequency;
      const start = ctx.currentTime + i * 0.35;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.32);
    });
    setTimeout(() => void ctx.close(), 1200);
  } catch {
    // A chime is a nicety; never let it break the retro.
  }
}
