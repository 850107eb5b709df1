import { useCallback, useEffect, useMemo, useRef } from 'react';
import { PHASE_NAMES, phasesOf, stepPhase, type Phase } from '../../../src/domain/retro/phases';
import type { Retro } from '../../../src/domain/retro/schema';
import { BLAMELESS_REMINDER } from '../../../src/domain/retro/templates';
import type { TeamDoc } from '../../../src/domain/workspace';
import { isModalOpen, isTypingTarget } from '../../app/keyboard';
import { RoomInvite } from '../../components/room/RoomInvite';
import { useAppStore } from '../../store';
import { leaveAllowed } from '../../store/leave-guard';
import { ExportBar } from './ExportBar';
import { focusSoon } from '../../components/focus-soon';
import { openButtonOf } from './RetroList';
import { PhaseTimer, type PhaseTimerHandle } from './PhaseTimer';
import { ParticipantsInput } from './ParticipantsInput';
import { PhaseView } from './PhaseView';
import { isKeyOf, keyshortcuts, RETRO_KEYS } from './shortcuts';
import { useRetroOp } from './use-retro';

const PHASE_MINUTES: Record<Phase, number> = {
  checkin: 5,
  open_actions: 5,
  facts: 5,
  incident: 5,
  timeline: 15,
  write: 7,
  group: 5,
  vote: 3,
  discuss: 30,
  actions: 10,
};

/** Runs one retro or postmortem: phase bar, timer, the phase itself, exports. */
export function RetroRunner({ retro, team }: { retro: Retro; team: TeamDoc }) {
  const openRetro = useAppStore((s) => s.openRetro);
  const op = useRetroOp(retro.id);
  const retroId = retro.id;
  const phases = phasesOf(retro.kind);
  const phase = (phases as readonly string[]).includes(retro.phase) ? (retro.phase as Phase) : phases[0]!;
  const index = phases.indexOf(phase);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const timerRef = useRef<PhaseTimerHandle>(null);
  const roomFocus = useMemo(() => ({ kind: 'retro' as const, retroId }), [retroId]);

  // A phase change takes the phase's form off the screen: one with unsaved changes (the incident) asks first,
  // and the change is made once its changes are discarded. The buttons and the keys both come here.
  const changePhase = useCallback(
    function change(from: string, to: Phase): void {
      if (to !== from && leaveAllowed(() => change(from, to))) void op('setRetroPhase', { phase: to });
    },
    [op],
  );
  const go = (to: Phase) => changePhase(retro.phase, to);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target) || isModalOpen()) return;
      // A held ] would step on past the vote (which closes it); R and T would toggle back and forth.
      if (event.repeat) return;
      const r = useAppStore.getState().team?.retros.find((x) => x.id === retroId);
      if (!r) return;
      const key = event.key;
      const step = (to: Phase) => changePhase(r.phase, to);
      if (isKeyOf(key, RETRO_KEYS.next)) {
        event.preventDefault();
        step(stepPhase(r.kind, r.phase, 1));
      } else if (isKeyOf(key, RETRO_KEYS.previous)) {
        event.preventDefault();
        step(stepPhase(r.kind, r.phase, -1));
      } else if (isKeyOf(key, RETRO_KEYS.reveal) && r.phase === 'write') {
        // Only where its button is: before Write it would show the cards as they are written, after it hide
        // them again for a step back.
        event.preventDefault();
        void op('revealRetroCards', { revealed: !r.revealed });
      } else if (isKeyOf(key, RETRO_KEYS.timer)) {
        event.preventDefault();
        // The phase's timer on screen: it starts with the minutes typed in its field, as its Start button does.
        timerRef.current?.toggle();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [changePhase, op, retroId]);

  useEffect(() => {
    headingRef.current?.focus();
  }, [phase]);

  return (
    <section className={`screen retro retro--${retro.kind}`} aria-labelledby="retro-run-title">
      <div className="screen-header">
        <h2 id="retro-run-title">{retro.title}</h2>
        <RoomInvite focus={roomFocus} />
        <div className="toolbar">
          <ParticipantsInput retro={retro} />
          <button
            type="button"
            onClick={function allRetros() {
              if (!leaveAllowed(allRetros)) return;
              openRetro(null);
              // Back on the list, on the retro just left.
              focusSoon(openButtonOf(retroId));
            }}
          >
            All retros
          </button>
        </div>
      </div>
      {retro.kind === 'postmortem' ? (
        <p className="blameless" role="note">
          {BLAMELESS_REMINDER}
        </p>
      ) : null}
      <nav className="phase-bar" aria-label="Phases">
        <ol>
          {phases.map((p, i) => (
            <li key={p}>
              <button
                type="button"
                aria-current={p === phase ? 'step' : undefined}
                className={i < index ? 'is-past' : undefined}
                onClick={() => go(p)}
              >
                {i + 1}. {PHASE_NAMES[p]}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="phase-controls">
        <button
          type="button"
          aria-keyshortcuts={keyshortcuts(RETRO_KEYS.previous)}
          disabled={index === 0}
          onClick={() => go(phases[index - 1]!)}
        >
          ← Previous phase
        </button>
        <PhaseTimer
          ref={timerRef}
          key={phase}
          retro={retro}
          timerKey={phase}
          label={PHASE_NAMES[phase]}
          defaultMinutes={PHASE_MINUTES[phase]}
        />
        <button
          type="button"
          className="primary"
          aria-keyshortcuts={keyshortcuts(RETRO_KEYS.next)}
          disabled={index === phases.length - 1}
          onClick={() => go(phases[index + 1]!)}
        >
          Next phase →
        </button>
      </div>
      <p className="muted shortcut-hint">
        Keys: <kbd>]</kbd> / <kbd>PageDown</kbd> next phase · <kbd>[</kbd> / <kbd>PageUp</kbd> previous ·{' '}
        {phase === 'write' ? (
          <>
            <kbd>R</kbd> reveal or hide cards ·{' '}
          </>
        ) : null}
        <kbd>T</kbd> start or pause the timer
      </p>
      <div className="phase-body">
        <h3 ref={headingRef} tabIndex={-1} className="phase-title">
          {PHASE_NAMES[phase]}
        </h3>
        <PhaseView phase={phase} retro={retro} team={team} />
      </div>
      <ExportBar team={team} retro={retro} />
    </section>
  );
}
