import { z } from 'zod';
import { IdSchema } from '../../domain/shared/ids';
import { method } from '../define';

/** What the room is showing participants: the open poker round, a retro, or nothing yet. */
export const RoomFocusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('poker') }).strict(),
  z.object({ kind: z.literal('retro'), retroId: IdSchema }).strict(),
  z.object({ kind: z.literal('standup') }).strict(),
]);
export type RoomFocus = z.infer<typeof RoomFocusSchema>;

export interface RoomPerson {
  personId: string;
  name: string;
  guest: boolean;
  /** A socket is open now (a sleeping phone shows as away until it comes back). */
  connected: boolean;
  /** Has voted or answered what the focus asks, for its tick; never set for anonymous cards written (only counted). */
  done: boolean;
  /**
   * What Remove would take back from this place now, nobody having seen it yet: its vote in rounds still voting, its
   * dots while voting is open, its health answers while the check-in is open. Only what was sent from this device.
   */
  takesBack: { votes: number; dots: number; answers: number };
}

/** The shared screen's view of the room: who is in and how far they are, never what they chose. */
export interface RoomStatus {
  teamId: string;
  focus: RoomFocus;
  /** The address phones open, e.g. http://192.168.1.20:48213/j#s=… (the secret is in the fragment). */
  joinUrl: string;
  /** The short code, typed by hand at the room's address. */
  code: string;
  /** The join address as a QR code, an SVG document. */
  qrSvg: string;
  address: string;
  port: number;
  secure: boolean;
  locked: boolean;
  guestsAllowed: boolean;
  people: RoomPerson[];
  /** "4 of 6 have voted" for the focus; null when it asks nothing of people. */
  progress: { done: number; total: number; label: string } | null;
}

export interface RoomAddress {
  address: string;
  /** The network interface, e.g. "wlan0". */
  label: string;
}

const address = z
  .string()
  .min(2)
  .max(64)
  .refine((a) => a !== '0.0.0.0' && a !== '::', { error: 'Pick one address: the room never listens on all of them.' });

export const roomContract = {
  /** The machine's addresses a room can listen on (non-loopback, or the one fixed by --room-address). */
  listRoomAddresses: method<{ addresses: RoomAddress[]; fixed: string | null }>()(z.object({}).strict()),
  openRoom: method<RoomStatus>()(
    z
      .object({
        teamId: IdSchema,
        address: address.optional(),
        focus: RoomFocusSchema.default({ kind: 'none' }),
      })
      .strict(),
  ),
  getRoom: method<RoomStatus | null>()(z.object({}).strict()),
  focusRoom: method<RoomStatus>()(z.object({ focus: RoomFocusSchema }).strict()),
  lockRoom: method<RoomStatus>()(z.object({ locked: z.boolean() }).strict()),
  /** Lets people who are not team members join by name (a stakeholder, another team's engineer). */
  allowRoomGuests: method<RoomStatus>()(z.object({ allowed: z.boolean() }).strict()),
  /** A new secret and code: the old link and code stop working; people already in stay. */
  newRoomCode: method<RoomStatus>()(z.object({}).strict()),
  /** Ends one person's access at once; their link does not let them back in. */
  removeFromRoom: method<RoomStatus>()(z.object({ personId: z.string().min(1).max(64) }).strict()),
  closeRoom: method<{ closed: true }>()(z.object({}).strict()),
};
