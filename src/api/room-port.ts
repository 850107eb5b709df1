import type { RoomAddress, RoomFocus, RoomStatus } from './contract/room';

/**
 * The room as the api's handlers see it: present where a room can run (browser mode, the desktop app),
 * absent in tests that do not need it. The room itself lives in src/room.
 */
export interface RoomPort {
  addresses(): { addresses: RoomAddress[]; fixed: string | null };
  open(input: { teamId: string; address?: string | undefined; focus: RoomFocus }): Promise<RoomStatus>;
  status(): RoomStatus | null;
  focus(focus: RoomFocus): RoomStatus;
  lock(locked: boolean): RoomStatus;
  allowGuests(allowed: boolean): RoomStatus;
  /** A new code and link; answered once the new link's QR code is made. */
  newCode(): Promise<RoomStatus>;
  /** Ends a person's place; a guest's poker vote in an open round no longer counts (a write, hence async). */
  remove(personId: string): Promise<RoomStatus>;
  close(): Promise<void>;
  /** True while this member of this team is in the open room from their own device. */
  hasJoined(teamId: string, memberId: string): boolean;
}
