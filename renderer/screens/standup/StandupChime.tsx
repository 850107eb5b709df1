import { useEffect, useMemo, useState } from 'react';
import type { StandupSession } from '../../../src/domain/standup/schema';
import { timerView, withTeamNow } from '../../../src/domain/standup/timer';
import { playStandupChime } from './chime';
import { useChimeFloor } from '../../components/chiming-window';

/**
 * The timeboxes that have run out and chimed: a speaker's turn or a whole standup, by key. Kept for the page's
 * life: coming back to the Standup screen (from another screen) is no new overrun. A turn leaves it once it has time
 * left again (time added), so running out again chimes again.
 */
const overrun = new Set<string>();

/**
 * One chime when the keyed timebox runs out; none while the chime is off or the clock paused. `chime` plays it in
 * one window of those showing the standup (`useChimeFloor`): the others count the overrun as heard.
 */
function useOverrunChime(key: string, over: boolean, enabled: boolean, chime: (play: () => void) => void): void {
  useEffect(() => {
    if (!over) {
      overrun.delete(key);
      return;
    }
    if (!enabled || overrun.has(key)) return;
    overrun.add(key);
    chime(playStandupChime);
  }, [key, over, enabled, chime]);
}

interface StandupChimeProps {
  session: StandupSession;
  /** The team now: the queue as the timer shows it (see withTeamNow). */
  members: readonly { id: string; name: string }[];
  /** The team's chime setting, and false for a standup left running since an earlier day (it is silent). */
  enabled: boolean;
}

/**
 * Chimes when the speaker's timebox, then the standup's, runs out. Mounted by the Standup screen rather than the timer,
 * so it chimes on time while the Board tab is shown too (the scrum master drags a card during someone's turn), and not
 * late, on coming back to the timer. It draws nothing, and wakes only when the next timebox is due to run out.
 */
export function StandupChime({ session, members, enabled }: StandupChimeProps) {
  // First: its effect runs before the chimes', so a timebox already run out at the mount asks the other windows too.
  const chime = useChimeFloor(session.id);
  const [now, setNow] = useState(() => Date.now());
  const timer = useMemo(() => withTeamNow(session.timer, members), [session.timer, members]);
  const view = timerView(timer, now);
  const speakerOver = view.current !== null && view.remainingMs <= 0;
  const standupOver = view.overallRemainingMs <= 0;
  useOverrunChime(`${session.id}:${view.current?.memberId ?? ''}`, speakerOver, enabled && !view.paused, chime);
  useOverrunChime(`${session.id}:total`, standupOver, enabled && !view.paused, chime);
  const dueIn = Math.min(
    view.current !== null && !speakerOver ? view.remainingMs : Infinity,
    standupOver ? Infinity : view.overallRemainingMs,
  );
  useEffect(() => {
    // Paused, nothing runs out; a change to the standup (resumed, time added, the next speaker) renders this again.
    if (view.paused || !Number.isFinite(dueIn)) return;
    const wake = window.setTimeout(() => setNow(Date.now()), dueIn + 10);
    return () => window.clearTimeout(wake);
  }, [dueIn, view.paused]);
  return null;
}
