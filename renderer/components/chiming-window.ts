import { useCallback, useEffect, useRef } from 'react';
import { windowId } from '../api/window-id';

/**
 * Which window chimes when a timebox runs out. The projector and the laptop often show the same standup, and each
 * sees the timebox run out: one chime is for the room, two a moment apart are noise. The windows showing it tell
 * each other over a BroadcastChannel (windows of one app, or tabs of one browser mode host, share it) whether they
 * are visible and when they last had the focus; the chime plays in the visible one focused last. Windows that cannot
 * hear each other (no BroadcastChannel; the desktop app beside a browser tab) each chime as one alone does.
 */

/** The channel's name: the windows of one origin showing a timer. */
export const CHIME_CHANNEL = 'cadence-chime';

/** How long a window waits for the others' answers before it decides whether to chime. */
export const SETTLE_MS = 250;

/** What a window tells the others about itself. */
export interface ChimeSeat {
  windowId: string;
  visible: boolean;
  /** When it last had the focus (ms since the epoch), 0 for never. */
  focusedAt: number;
}

/** A window's state, to the others showing the timer `key`; `ask`: each of them answers with theirs. */
interface Word {
  key: string;
  seat: ChimeSeat;
  ask: boolean;
}

/** True when `me` is the one to chime: visible before hidden, then focused last; the window id breaks a tie. */
export function chimesFirst(me: ChimeSeat, others: readonly ChimeSeat[]): boolean {
  return others.every((o) => {
    if (o.windowId === me.windowId) return true;
    if (o.visible !== me.visible) return me.visible;
    if (o.focusedAt !== me.focusedAt) return me.focusedAt > o.focusedAt;
    return me.windowId > o.windowId;
  });
}

/** How a window reads itself; the page's own by default (`pageWindow`), another window's in tests. */
export interface WindowFacts {
  windowId: string;
  visible: () => boolean;
  focusedAt: () => number;
}

/** A window's place among those showing the timer `key`: ask it to chime, and leave. */
export interface ChimeFloor {
  /**
   * Asks the others showing the timer how they stand, and runs `play` once they have had time to answer if this
   * window is the one to chime. Asked at each chime, not remembered: a window closed without a word (a browser
   * killed) answers nothing, so it does not keep the chime from the room.
   */
  chime: (play: () => void) => void;
  leave: () => void;
}

export function joinChimeFloor(key: string, facts: WindowFacts): ChimeFloor {
  const Channel = globalThis.BroadcastChannel as typeof BroadcastChannel | undefined;
  const channel = Channel ? new Channel(CHIME_CHANNEL) : null;
  const answers = new Map<string, ChimeSeat>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let left = false;
  const mine = (): ChimeSeat => ({ windowId: facts.windowId, visible: facts.visible(), focusedAt: facts.focusedAt() });
  const say = (word: Word) => {
    if (!left) channel?.postMessage(word);
  };
  channel?.addEventListener('message', (event) => {
    const word = (event as MessageEvent<Word>).data;
    if (word.key !== key) return;
    answers.set(word.seat.windowId, word.seat);
    if (word.ask) say({ key, seat: mine(), ask: false });
  });
  return {
    chime: (play) => {
      if (!channel) {
        play();
        return;
      }
      answers.clear();
      say({ key, seat: mine(), ask: true });
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (chimesFirst(mine(), [...answers.values()])) play();
      }, SETTLE_MS);
      timers.add(timer);
    },
    leave: () => {
      for (const timer of timers) clearTimeout(timer);
      left = true;
      channel?.close();
    },
  };
}

// This page as a window: an id for its life, and when it last had the focus (from its start, if it had it then).
let focusedAt = typeof document !== 'undefined' && document.hasFocus() ? Date.now() : 0;
if (typeof window !== 'undefined') window.addEventListener('focus', () => (focusedAt = Date.now()));

export const pageWindow: WindowFacts = {
  windowId: windowId(),
  visible: () => document.visibilityState === 'visible',
  focusedAt: () => focusedAt,
};

/**
 * This window's place among the windows showing the timer `key` while mounted; answers the function a timer calls
 * instead of playing its chime at once.
 */
export function useChimeFloor(key: string): (play: () => void) => void {
  const floor = useRef<ChimeFloor | null>(null);
  useEffect(() => {
    const joined = joinChimeFloor(key, pageWindow);
    floor.current = joined;
    return () => {
      joined.leave();
      if (floor.current === joined) floor.current = null;
    };
  }, [key]);
  return useCallback((play: () => void) => (floor.current ? floor.current.chime(play) : play()), []);
}
