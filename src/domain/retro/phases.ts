import type { RetroKind } from './schema';

export const RETRO_PHASES = [
  'checkin',
  'open_actions',
  'facts',
  'write',
  'group',
  'vote',
  'discuss',
  'actions',
] as const;
export const POSTMORTEM_PHASES = ['incident', 'timeline', 'write', 'group', 'vote', 'discuss', 'actions'] as const;
export type Phase = (typeof RETRO_PHASES)[number] | (typeof POSTMORTEM_PHASES)[number];

export const PHASE_NAMES: Record<Phase, string> = {
  checkin: 'Check-in',
  open_actions: 'Open actions',
  facts: 'Sprint facts',
  incident: 'Incident',
  timeline: 'Timeline',
  write: 'Write',
  group: 'Group',
  vote: 'Vote',
  discuss: 'Discuss',
  actions: 'Actions',
};

export function phasesOf(kind: RetroKind): readonly Phase[] {
  return kind === 'postmortem' ? POSTMORTEM_PHASES : RETRO_PHASES;
}

export function isPhaseOf(kind: RetroKind, phase: string): phase is Phase {
  return (phasesOf(kind) as readonly string[]).includes(phase);
}

/** The phase one step forward (+1) or back (-1), or the same phase at either end. */
export function stepPhase(kind: RetroKind, phase: string, step: 1 | -1): Phase {
  const list = phasesOf(kind);
  const index = Math.max(0, list.indexOf(phase as Phase));
  return list[Math.min(list.length - 1, Math.max(0, index + step))] ?? list[0]!;
}

/** Phases that come after the vote: reaching one ends the vote. */
export function isAfterVote(kind: RetroKind, phase: string): boolean {
  const list = phasesOf(kind) as readonly string[];
  return list.indexOf(phase) > list.indexOf('vote');
}
