import { useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Retro } from '../../../src/domain/retro/schema';
import { isRunning, newTimer, remainingMs } from '../../../src/domain/retro/timer';
import { formatTimerClock } from '../../../src/domain/shared/timer-clock';
import { numberMessage, readTypedNumber } from '../../components/number-input';
import { focusSoon } from '../../components/focus-soon';
import { useChimeFloor } from '../../components/chiming-window';
import { playRetroChime, useChimeSetting } from './chime';
import { keyshortcuts, RETRO_KEYS } from './shortcuts';
import { useRetroOp } from './use-retro';

/** Re-renders a few times a second while running; the time shown always comes from timestamps. */
function useNow(active: boolean): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(new Date()), 250);
    return () => clearInterval(id);
  }, [active]);
  return active ? now : new Date();
}

/** The timer's length typed in minutes, read as every typed number is, or why it cannot be used. */
function typedDuration(text: string, label: string): { ms: number } | { error: string } {
  const minutes = readTypedNumber(text);
  if (minutes === null) return { error: numberMessage(`${label} minutes`) };
  if (minutes <= 0) return { error: `${label} minutes must be more than 0.` };
  if (minutes > 240) return { error: 'A timer runs for at most 4 hours.' };
  return { ms: Math.round(minutes * 60_000) };
}

/** What a keyboard shortcut may do to the timer: what its Start, Resume or Pause button does. */
export interface PhaseTimerHandle {
  toggle: () => void;
}

interface PhaseTimerProps {
  retro: Retro;
  timerKey: string;
  label: string;
  defaultMinutes: number;
  ref?: Ref<PhaseTimerHandle>;
}

export function PhaseTimer({ retro, timerKey, label, defaultMinutes, ref }: PhaseTimerProps) {
  const op = useRetroOp(retro.id);
  const timer = retro.timers[timerKey] ?? newTimer(defaultMinutes * 60_000);
  const running = isRunning(timer);
  const now = useNow(running);
  const remaining = remainingMs(timer, now);
  const [minutes, setMinutes] = useState(String(Math.round(timer.durationMs / 60_000)));
  const [chime, setChime] = useChimeSetting();
  // The projector and the laptop often show the same retro, and each sees this timer run out: the chime plays in
  // one of them (`useChimeFloor`), not twice a moment apart.
  const chimeOnce = useChimeFloor(`${retro.id}:${timerKey}`);
  const wasPositive = useRef(remaining > 0);
  const minutesId = useId();

  useEffect(() => {
    if (running && remaining <= 0 && wasPositive.current && chime) chimeOnce(playRetroChime);
    wasPositive.current = remaining > 0;
  }, [remaining, running, chime, chimeOnce]);

  const [minutesError, setMinutesError] = useState<string | null>(null);
  const minutesErrorId = useId();

  const untouched = !running && timer.elapsedMs === 0;
  const start = () => {
    if (!untouched) return void op('setRetroTimer', { key: timerKey, action: 'start' });
    const duration = typedDuration(minutes, label);
    if ('error' in duration) return setMinutesError(duration.error);
    setMinutesError(null);
    void op('setRetroTimer', { key: timerKey, action: 'start', durationMs: duration.ms });
  };
  const pause = () => void op('setRetroTimer', { key: timerKey, action: 'pause' });
  // Reset leaves an untouched timer, which has no Reset button: the focus goes to its Start button.
  const toggleRef = useRef<HTMLButtonElement>(null);
  const reset = () =>
    void op('setRetroTimer', { key: timerKey, action: 'reset' }).then((done) => {
      if (done) focusSoon(() => toggleRef.current);
    });
  // The shortcut starts with the minutes typed (or shows why they cannot be used), as the button does.
  useImperativeHandle(ref, () => ({ toggle: running ? pause : start }));

  return (
    <div className={`phase-timer${remaining < 0 ? ' phase-timer--over' : ''}`}>
      <span role="timer" aria-label={`${label} timer`} className="phase-timer__clock">
        {formatTimerClock(remaining)}
      </span>
      {remaining < 0 ? <span className="badge badge--warn">Over time</span> : null}
      {untouched ? (
        <span className="phase-timer__minutes">
          <label htmlFor={minutesId}>{label} minutes</label>
          <input
            id={minutesId}
            inputMode="decimal"
            value={minutes}
            aria-invalid={Boolean(minutesError)}
            aria-describedby={minutesError ? minutesErrorId : undefined}
            onChange={(e) => {
              setMinutes(e.target.value);
              // The message was about the minutes it judged; the next start judges the new ones.
              setMinutesError(null);
            }}
          />
          {minutesError ? (
            <span className="field__error" id={minutesErrorId} role="alert">
              {minutesError}
            </span>
          ) : null}
        </span>
      ) : null}
      {running ? (
        <button type="button" ref={toggleRef} aria-keyshortcuts={keyshortcuts(RETRO_KEYS.timer)} onClick={pause}>
          Pause {label.toLowerCase()} timer
        </button>
      ) : (
        <button type="button" ref={toggleRef} aria-keyshortcuts={keyshortcuts(RETRO_KEYS.timer)} onClick={start}>
          {untouched ? 'Start' : 'Resume'} {label.toLowerCase()} timer
        </button>
      )}
      {!untouched ? (
        <button type="button" onClick={reset}>
          Reset {label.toLowerCase()} timer
        </button>
      ) : null}
      <label className="phase-timer__chime">
        <input type="checkbox" checked={chime} onChange={(e) => setChime(e.target.checked)} />
        Chime at zero{' '}
        {/* The Discuss phase shows two timers, the phase's and the topic's: each one's box says whose it is. */}
        <span className="sr-only">({label.toLowerCase()} timer)</span>
      </label>
    </div>
  );
}
