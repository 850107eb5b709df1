import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { slotInPlaceOf } from '../../../src/domain/review/agenda';
import type { DemoSlot } from '../../../src/domain/review/schema';
import { STOPPED, pauseTimer, remainingMs, startTimer, type SlotTimer } from '../../../src/domain/review/slot-timer';
import { formatTimerClock } from '../../../src/domain/shared/timer-clock';
import { plural } from '../../../src/domain/shared/words';
import { enabledControlsIn } from '../../components/focusable';
import { Markdown } from '../../components/Markdown';
import { BlockView } from './blocks/BlockView';
import { walkthroughName } from './blocks/block-names';
import { scrollSlot, scrollsItself, shownOf, stepWalkthroughs } from './presenter-keys';

/**
 * Where presenter mode was left: the slot it showed and every slot's timer, paused. (The commands shown start
 * again: a walkthrough edited in between may have fewer.)
 */
export interface PresenterSession {
  slotId: string;
  timers: Readonly<Record<string, SlotTimer>>;
}

interface PresenterModeProps {
  goal: string;
  slots: DemoSlot[];
  presenterName: (id: string | null) => string;
  /** The slot selected in the agenda: presenter mode opens on it (none: on the first). */
  startSlotId?: string | null;
  /** Where it was left last time: every slot's timer goes on from the time it had run. */
  resume: PresenterSession | null;
  /** Leaving, with where it was left (null with no slot shown). */
  onExit: (session: PresenterSession | null) => void;
}

/** The slot selected in the agenda (a slot since removed: the first). */
function startIndex(slots: readonly DemoSlot[], startSlotId: string | null | undefined): number {
  const at = slots.findIndex((s) => s.id === startSlotId);
  return at === -1 ? 0 : at;
}

/** The slot shown was removed elsewhere (another window, a sync): what it was, and what shows in its place. */
interface RemovedNote {
  title: string;
  next: string | null;
}

/**
 * Full screen, one slot at a time, big type, a slot timer; arrows, Home and End move, Escape leaves. It starts
 * at the slot selected in the agenda, which is where it was left when it was left (the screen selects that slot):
 * leaving to record an outcome loses neither the place nor the time run.
 * It follows its slot, not a place in the list: slots removed elsewhere meanwhile do not change what it shows,
 * and when its own slot goes, the one that took its place is shown, its timer left for the facilitator to start.
 */
export function PresenterMode({ goal, slots, presenterName, startSlotId, resume, onExit }: PresenterModeProps) {
  const [slotId, setSlotId] = useState(() => slots[startIndex(slots, startSlotId)]?.id ?? null);
  const [removed, setRemoved] = useState<RemovedNote | null>(null);
  // The agenda as last shown, to tell which slot took the place of one removed elsewhere.
  const [known, setKnown] = useState(slots);
  if (known !== slots) {
    setKnown(slots);
    const gone = known.find((s) => s.id === slotId);
    if (!slots.some((s) => s.id === slotId)) {
      const next = slotId === null ? (slots[0] ?? null) : slotInPlaceOf(known, slots, slotId);
      setSlotId(next?.id ?? null);
      setRemoved(gone ? { title: gone.title, next: next?.title ?? null } : null);
    }
  }
  const [timers, setTimers] = useState<Record<string, SlotTimer>>(() => {
    const saved = resume?.timers ?? {};
    const first = slots[startIndex(slots, startSlotId)];
    return first ? { ...saved, [first.id]: startTimer(saved[first.id] ?? STOPPED, Date.now()) } : { ...saved };
  });
  const [shown, setShown] = useState<Record<string, number>>({});
  const [now, setNow] = useState(() => Date.now());
  const ref = useRef<HTMLDivElement>(null);
  const slotRef = useRef<HTMLElement>(null);
  const index = slots.findIndex((s) => s.id === slotId);
  const slot = slots[index];
  const exit = () => {
    const at = Date.now();
    onExit(
      slot ? { slotId: slot.id, timers: { ...timers, [slot.id]: pauseTimer(timers[slot.id] ?? STOPPED, at) } } : null,
    );
  };
  const exitRef = useRef(exit);
  useEffect(() => {
    exitRef.current = exit;
  });

  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(tick);
  }, []);

  useEffect(() => {
    const node = ref.current;
    node?.focus();
    let entered = false;
    if (node?.requestFullscreen && !document.fullscreenElement) {
      node
        .requestFullscreen()
        .then(() => {
          entered = true;
        })
        .catch(() => undefined); // refused (no gesture, headless): the overlay still fills the window
    }
    // Leaving full screen with the browser's own Escape ends presenter mode too.
    const onChange = () => {
      if (entered && !document.fullscreenElement) exitRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      // Only the full screen presenter mode entered is left: the page's own (presentation mode) stays.
      if (document.fullscreenElement === node) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const go = (to: number) => {
    const next = slots[to];
    if (!next || !slot || to === index) return;
    const at = Date.now();
    setTimers((all) => ({
      ...all,
      [slot.id]: pauseTimer(all[slot.id] ?? STOPPED, at),
      [next.id]: startTimer(all[next.id] ?? STOPPED, at),
    }));
    setSlotId(next.id);
    setRemoved(null);
    // A control of the slot left (its walkthrough's button, a link) goes with it: the focus moves to presenter mode
    // itself, not to the page (keys pressed there would be lost) nor to the next slot's first control (a scroll box
    // there would take the next ← or →).
    if (slotRef.current?.contains(document.activeElement)) ref.current?.focus({ preventScroll: true });
    slotRef.current?.scrollTo({ top: 0 });
  };
  const toggleTimer = () => {
    if (!slot) return;
    const at = Date.now();
    setTimers((all) => {
      const t = all[slot.id] ?? STOPPED;
      return { ...all, [slot.id]: t.startedAt === null ? startTimer(t, at) : pauseTimer(t, at) };
    });
    setRemoved(null);
  };
  /** ↓ runs the next command; with none left it scrolls the slot (↑ likewise), so nothing stays out of view. */
  const step = (by: 1 | -1) => {
    if (!slot) return;
    const next = stepWalkthroughs(slot, shown, by);
    if (next) setShown(next);
    else scrollSlot(slotRef.current, by);
  };

  /** Tab stays inside the overlay: the page behind it is covered. */
  const trapTab = (event: KeyboardEvent) => {
    const items = enabledControlsIn(ref.current);
    const [head, tail] = [items[0], items[items.length - 1]];
    if (!head || !tail) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === head || active === ref.current)) {
      event.preventDefault();
      tail.focus();
    } else if (!event.shiftKey && active === tail) {
      event.preventDefault();
      head.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') return trapTab(event);
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (scrollsItself(event)) return;
    const keys: Record<string, () => void> = {
      Escape: exit,
      ArrowRight: () => go(index + 1),
      PageDown: () => go(index + 1),
      ArrowLeft: () => go(index - 1),
      PageUp: () => go(index - 1),
      Home: () => go(0),
      End: () => go(slots.length - 1),
      ArrowDown: () => step(1),
      ArrowUp: () => step(-1),
      t: toggleTimer,
      T: toggleTimer,
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };

  const timer = slot ? (timers[slot.id] ?? STOPPED) : STOPPED;
  const remaining = slot ? remainingMs(timer, slot.timeboxMinutes, now) : 0;
  const presenter = slot ? presenterName(slot.presenterId) : '';
  const removedWords = removed
    ? `“${removed.title}” was removed from the agenda elsewhere.${removed.next ? ` Press T to start the timer of “${removed.next}”.` : ''}`
    : '';
  const notice = removed ? <p className="presenter__notice">{removedWords}</p> : null;
  // Read out when the slot shown changes: which one it is now, after what was removed elsewhere if that is why.
  const announced = [
    removedWords,
    slot
      ? `Now presenting “${slot.title}”, slot ${index + 1} of ${slots.length}, timebox ${plural(slot.timeboxMinutes, 'minute')}.`
      : removed
        ? 'The agenda is empty now.'
        : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      ref={ref}
      className="presenter"
      role="dialog"
      aria-modal="true"
      aria-label="Presenter mode"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="presenter__goal">
        <span className="presenter__goal-label">Sprint goal</span>
        {goal ? <Markdown text={goal} className="markdown presenter__goal-text" /> : <em>No sprint goal was set.</em>}
      </div>
      {/* The slot change alone is read out: the slot area is not live (a diagram's text would be read with it). */}
      <p className="sr-only" role="status">
        {announced}
      </p>
      {slot ? (
        <section ref={slotRef} className="presenter__slot">
          {notice}
          <div className="presenter__heading">
            <h2>{slot.title}</h2>
            <p className="presenter__meta">
              Slot {index + 1} of {slots.length}
              {presenter ? ` · presented by ${presenter}` : ''}
            </p>
          </div>
          <div className="presenter__blocks">
            {slot.blocks.length === 0 ? <p className="empty">Live demo — no prepared blocks.</p> : null}
            {slot.blocks.map((block, blockIndex) => (
              <section key={block.id} className={`presenter__block presenter__block--${block.kind}`}>
                <BlockView
                  block={block}
                  large
                  name={walkthroughName(slot.blocks, blockIndex)}
                  cli={
                    block.kind === 'cli'
                      ? {
                          shown: shownOf(block, shown),
                          onShow: (count) => setShown((all) => ({ ...all, [block.id]: count })),
                        }
                      : undefined
                  }
                />
              </section>
            ))}
          </div>
        </section>
      ) : (
        <section className="presenter__slot">
          {notice}
          <p className="empty">The agenda is empty.</p>
        </section>
      )}
      <div className="presenter__footer">
        <div
          className={`presenter__timer${remaining < 0 ? ' is-over' : ''}`}
          role="timer"
          aria-label={remaining < 0 ? 'Time over the timebox' : 'Time left in this slot'}
        >
          {formatTimerClock(remaining)}
          <span className="presenter__timer-note">
            {remaining < 0 ? 'over' : 'left'} of {slot?.timeboxMinutes ?? 0} min
            {timer.startedAt === null ? ' · paused' : ''}
          </span>
        </div>
        <div className="presenter__controls">
          {/* aria-disabled, not disabled, at either end: a disabled button would drop the focus to the page. */}
          <button
            type="button"
            onClick={() => go(index - 1)}
            aria-disabled={index <= 0 || undefined}
            aria-keyshortcuts="ArrowLeft"
          >
            Previous slot
          </button>
          <button type="button" onClick={toggleTimer} aria-keyshortcuts="T">
            {timer.startedAt === null ? 'Start timer' : 'Pause timer'}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => go(index + 1)}
            aria-disabled={index >= slots.length - 1 || undefined}
            aria-keyshortcuts="ArrowRight"
          >
            Next slot
          </button>
          <button type="button" onClick={exit} aria-keyshortcuts="Escape">
            Exit presenter mode
          </button>
        </div>
        <p className="presenter__keys">← → Home End slots · ↓ ↑ commands, then scroll · T timer · Esc exit</p>
      </div>
    </div>
  );
}
