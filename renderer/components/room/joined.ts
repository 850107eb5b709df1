import { useMemo } from 'react';
import type { RoomFocus, RoomStatus } from '../../../src/api/contract/room';
import type { Guest } from '../../../src/domain/shared/guests';
import { useAppStore } from '../../store';

/**
 * Members of this team in the open room from their own device (a sleeping phone included): the room
 * uses a member's id as their personId, and the shared screen may not vote or write for them.
 */
export function joinedMembers(room: RoomStatus | null, teamId: string): Set<string> {
  if (!room || room.teamId !== teamId) return new Set();
  return new Set(room.people.filter((p) => !p.guest).map((p) => p.personId));
}

/** Guests in the open room for this team: they vote on their own device only. */
export function roomGuests(room: RoomStatus | null, teamId: string): Guest[] {
  if (!room || room.teamId !== teamId) return [];
  return room.people.filter((p) => p.guest).map((p) => ({ id: p.personId, name: p.name }));
}

export function useRoomGuests(teamId: string): Guest[] {
  const room = useAppStore((s) => s.room);
  return useMemo(() => roomGuests(room, teamId), [room, teamId]);
}

export function useJoinedMembers(teamId: string): Set<string> {
  const room = useAppStore((s) => s.room);
  return useMemo(() => joinedMembers(room, teamId), [room, teamId]);
}

export function sameFocus(a: RoomFocus, b: RoomFocus): boolean {
  return a.kind === b.kind && (a.kind !== 'retro' || (b.kind === 'retro' && a.retroId === b.retroId));
}
