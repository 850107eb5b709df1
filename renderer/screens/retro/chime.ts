import { useSyncExternalStore } from 'react';
import { playChime, type ChimeTones } from '../../components/chime';

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

/** The retro's chime: the standup's two notes, held longer, as a phase's or topic's timer runs out. */
const RETRO_TONES: ChimeTones = { notes: [880, 660], spacing: 0.35, length: 0.3 };

export const playRetroChime = (): void => playChime(RETRO_TONES);
