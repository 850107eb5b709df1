import { useEffect, useRef, useState } from 'react';
import type { RoomAddress, RoomFocus } from '../../../src/api/contract/room';
import { focusIsLost } from '../../app/useFocusRescue';
import { useAppStore } from '../../store';
import { AddressDialog } from './AddressDialog';
import { sameFocus } from './joined';
import { RoomPanel } from './RoomPanel';

/** What the phones show while the room is on `focus`, said on a screen that is not it. */
function shownOnPhones(focus: RoomFocus, retroTitle: string | null): string {
  switch (focus.kind) {
    case 'none':
      return 'nothing';
    case 'poker':
      return 'planning poker';
    case 'standup':
      return 'the standup';
    case 'retro':
      return retroTitle === null ? 'another retro' : `the retro “${retroTitle}”`;
  }
}

const NO_ADDRESS =
  "This computer has no network address phones could reach. Connect it to the meeting room's network (Wi-Fi or cable) and try again.";

/**
 * "Invite the room" and, while a room is open, its panel. Inviting opens the room for the open team
 * with this screen's focus, or moves an open room's focus here.
 */
export function RoomInvite({ focus }: { focus: RoomFocus }) {
  const room = useAppStore((s) => s.room);
  // The open team's id and name only: a change to its cards or votes leaves the invite as it is.
  const teamId = useAppStore((s) => s.team?.id ?? null);
  const teamName = useAppStore((s) => s.team?.name ?? '');
  const teams = useAppStore((s) => s.teams);
  /** The title of the retro the room is on, to say what the phones show from another screen. */
  const roomRetro = useAppStore((s) => {
    const on = s.room?.focus;
    return on?.kind === 'retro' ? (s.team?.retros.find((r) => r.id === on.retroId)?.title ?? null) : null;
  });
  const openRoom = useAppStore((s) => s.openRoom);
  const focusRoom = useAppStore((s) => s.focusRoom);
  const closeRoom = useAppStore((s) => s.closeRoom);
  const loadRoomAddresses = useAppStore((s) => s.loadRoomAddresses);
  const reportError = useAppStore((s) => s.reportError);
  const [picking, setPicking] = useState<RoomAddress[] | null>(null);
  const [busy, setBusy] = useState(false);
  /** Where the keyboard goes once the room has rendered: its panel after inviting, back here after closing. */
  const moveFocus = useRef<'panel' | 'invite' | null>(null);
  const inviteRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  /** Whether the panel showed at the last render: a room that closes on its own takes its panel with it. */
  const panelShown = useRef(room !== null);

  useEffect(() => {
    // Closed elsewhere (4 hours idle, another window) while the keyboard was in the panel: back to Invite, not the page.
    const panelGone = panelShown.current && !room && focusIsLost();
    panelShown.current = room !== null;
    if (moveFocus.current === 'panel' && room) headingRef.current?.focus();
    else if ((moveFocus.current === 'invite' || panelGone) && !room) inviteRef.current?.focus();
    else return;
    moveFocus.current = null;
  });

  if (teamId === null) return null;
  const roomTeam =
    room && room.teamId !== teamId ? (teams.find((t) => t.id === room.teamId)?.name ?? 'another team') : null;

  const run = (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    work()
      .catch(reportError)
      .finally(() => setBusy(false));
  };

  /** Moves the focus once `work` has changed the room (set first: the store may render before `await` returns). */
  const thenFocus = async (where: 'panel' | 'invite', work: () => Promise<unknown>) => {
    moveFocus.current = where;
    try {
      await work();
    } catch (error) {
      moveFocus.current = null;
      throw error;
    }
  };

  const open = (address: string | undefined) => thenFocus('panel', () => openRoom(focus, address));

  const invite = () =>
    run(async () => {
      if (room) {
        if (roomTeam)
          throw new Error(`The room is open for ${roomTeam}: close it first to invite the room for ${teamName}.`);
        if (!sameFocus(room.focus, focus)) return thenFocus('panel', () => focusRoom(focus));
        headingRef.current?.focus();
        return;
      }
      const { addresses, fixed } = await loadRoomAddresses();
      if (fixed) return open(fixed);
      if (addresses.length > 1) return setPicking(addresses);
      if (!addresses[0]) throw new Error(NO_ADDRESS);
      return open(addresses[0].address);
    });

  return (
    <div className="room-invite">
      <button
        ref={inviteRef}
        type="button"
        className="primary room-invite__button"
        aria-disabled={busy || undefined}
        onClick={invite}
      >
        Invite the room
      </button>
      {picking ? (
        <AddressDialog
          addresses={picking}
          onCancel={() => setPicking(null)}
          onOpen={(address) => {
            setPicking(null);
            run(() => open(address));
          }}
        />
      ) : null}
      {room ? (
        <RoomPanel
          room={room}
          headingRef={headingRef}
          otherTeam={roomTeam}
          elsewhere={roomTeam || sameFocus(room.focus, focus) ? null : shownOnPhones(room.focus, roomRetro)}
          onClose={() => run(() => thenFocus('invite', closeRoom))}
        />
      ) : null}
    </div>
  );
}
