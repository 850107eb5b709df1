import { useEffect, useRef } from 'react';
import type { Blocker, ParkingTopic } from '../../../src/domain/standup/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { useAppStore } from '../../store';
import { raisedHere, type RaisedKind } from './raised-here';

const WORDS: Record<RaisedKind, string> = { blocker: 'A blocker', topic: 'A topic' };
const NONE: never[] = [];

/**
 * Announces each blocker and topic that arrives while a standup runs from somewhere else (a phone in the room,
 * another window, a sync): the shared screen is scrolled to the timer, or shows the Board tab, away from the lists
 * they join. A polite message, which takes no focus; those open when the standup came on screen, and those raised
 * here, are not announced.
 */
export function useRaisedElsewhere(team: TeamDoc | null, running: boolean): void {
  const pushToast = useAppStore((s) => s.pushToast);
  const seen = useRef<{ teamId: string; ids: Set<string> } | null>(null);
  const teamId = team?.id ?? null;
  const blockers = team?.blockers ?? NONE;
  const topics = team?.parkingLot ?? NONE;
  useEffect(() => {
    if (!running || teamId === null) {
      seen.current = null;
      return;
    }
    const entries: [RaisedKind, { id: string; text: string }][] = [
      ...blockers.map((b): [RaisedKind, Blocker] => ['blocker', b]),
      ...topics.map((t): [RaisedKind, ParkingTopic] => ['topic', t]),
    ];
    const known = seen.current;
    seen.current = { teamId, ids: new Set(entries.map(([, e]) => e.id)) };
    // The first look (and another team opened) only learns what is there.
    if (!known || known.teamId !== teamId) return;
    // The room open on this standup is where phones raise them; without it, another window or a sync brought it.
    const room = useAppStore.getState().room;
    const from = room?.teamId === teamId && room.focus.kind === 'standup' ? 'the room' : 'another screen';
    for (const [kind, entry] of entries) {
      if (known.ids.has(entry.id) || raisedHere(kind, entry)) continue;
      pushToast({ kind: 'info', message: `${WORDS[kind]} came from ${from}: ${entry.text}`, teamId });
    }
  }, [running, teamId, blockers, topics, pushToast]);
}
