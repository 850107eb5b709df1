import { useId, useState, type Ref } from 'react';
import type { RoomPerson, RoomStatus } from '../../../src/api/contract/room';
import { plural } from '../../../src/domain/shared/words';
import { useAppStore } from '../../store';
import '../../styles/room.css';
import { ConfirmDialog } from '../ConfirmDialog';
import { PlainHttpWarning, RoomHelp } from './RoomHelp';
import { RoomPeople } from './RoomPeople';

/** The address people type by hand (the link's origin, without the secret in its fragment). */
export function originOf(joinUrl: string): string {
  try {
    return new URL(joinUrl).origin;
  } catch {
    return joinUrl.split('#')[0] ?? joinUrl;
  }
}

/** "ABC234" → "ABC 234": groups of three are easier to read out and to type. */
export function spacedCode(code: string): string {
  return code.match(/.{1,3}/g)?.join(' ') ?? code;
}

interface RoomPanelProps {
  room: RoomStatus;
  headingRef: Ref<HTMLHeadingElement>;
  /** The open team's name when the room belongs to another team, to say so. */
  otherTeam: string | null;
  /** What the phones show when the room is on another screen than this one ("the standup"), or null. */
  elsewhere: string | null;
  onClose: () => void;
}

/** What closing the room cuts off: "2 people are connected, 1 person is away. Closing …", and what it does to guests. */
function closeRoomQuestion(people: readonly RoomPerson[]): string {
  const connected = people.filter((p) => p.connected).length;
  const away = people.length - connected;
  const who = `${plural(connected, 'person is', 'people are')} connected${away > 0 ? `, ${plural(away, 'person is', 'people are')} away` : ''}.`;
  // A guest's place ends with the room (see dropEarlierRoomGuests): the close is where the facilitator can hear it.
  const guests = people.some((p) => p.guest)
    ? ' A room opened again starts empty: guests join it as new guests, and their votes in a round still voting no longer count, so they vote again.'
    : '';
  return `${who} Closing the room disconnects every phone at once, even in the middle of a vote, and its code and link stop working.${guests}`;
}

/** The room on the shared screen: how to join (QR, address, code), who is in and how far, the controls. */
export function RoomPanel({ room, headingRef, otherTeam, elsewhere, onClose }: RoomPanelProps) {
  const lockRoom = useAppStore((s) => s.lockRoom);
  const newRoomCode = useAppStore((s) => s.newRoomCode);
  const allowRoomGuests = useAppStore((s) => s.allowRoomGuests);
  const reportError = useAppStore((s) => s.reportError);
  const origin = originOf(room.joinUrl);
  const titleId = useId();
  const joinId = useId();
  /**
   * The QR code and how to join fill the panel while nobody is in yet; once people have joined it folds
   * into a strip (address and code on one line) so the ceremony stays above the fold. The facilitator's
   * own choice (Show / Hide QR code) wins.
   */
  const [qrChoice, setQrChoice] = useState<boolean | null>(null);
  /** The box shows the facilitator's click at once; the room's answer (or a failure) settles it. */
  const [guestsAsked, setGuestsAsked] = useState<boolean | null>(null);
  const guestsAllowed = guestsAsked ?? room.guestsAllowed;
  const askGuests = (allowed: boolean) => {
    setGuestsAsked(allowed);
    allowRoomGuests(allowed)
      .catch(reportError)
      .finally(() => setGuestsAsked(null));
  };
  /** Closing with people in cuts every phone off, mid-vote included: asked first. An empty room closes at once. */
  const [askingClose, setAskingClose] = useState(false);
  const close = () => (room.people.length > 0 ? setAskingClose(true) : onClose());
  const showQr = qrChoice ?? room.people.length === 0;
  const qr = `data:image/svg+xml;utf8,${encodeURIComponent(room.qrSvg)}`;

  return (
    <section className="room-panel" aria-labelledby={titleId}>
      <div className="room-panel__top">
        <h3 id={titleId} ref={headingRef} tabIndex={-1}>
          The room
        </h3>
        {showQr ? null : (
          <p className="room-strip__join">
            Join at <strong>{origin}/j</strong> with the code{' '}
            <span className="room-code room-code--inline">
              <span aria-hidden="true">{spacedCode(room.code)}</span>
              <span className="sr-only">{[...room.code].join(' ')}</span>
            </span>
          </p>
        )}
        <div className="room-actions">
          <button type="button" aria-expanded={showQr} aria-controls={joinId} onClick={() => setQrChoice(!showQr)}>
            {showQr ? 'Hide QR code' : 'Show QR code'}
          </button>
          <button type="button" onClick={() => lockRoom(!room.locked).catch(reportError)}>
            {room.locked ? 'Unlock room' : 'Lock room'}
          </button>
          <button type="button" onClick={() => newRoomCode().catch(reportError)}>
            New code
          </button>
          <label className="room-guests">
            <input type="checkbox" checked={guestsAllowed} onChange={(e) => askGuests(e.target.checked)} /> Let guests
            join by name
          </label>
          <button type="button" className="danger" onClick={close}>
            Close room
          </button>
        </div>
      </div>
      {otherTeam ? <p className="room-warning">This room is open for {otherTeam}.</p> : null}
      {/* Always there, so a screen reader hears it when the room moves away from this screen. */}
      <p role="status" className={elsewhere ? 'room-warning' : 'sr-only'}>
        {elsewhere ? `Phones show ${elsewhere}, not this screen. Invite the room to bring them here.` : ''}
      </p>
      <div id={joinId} className={showQr ? 'room-panel__body' : 'room-panel__body is-compact'}>
        {showQr ? (
          <>
            <img className="room-qr" src={qr} alt="QR code to join the room" />
            <div className="room-join" role="group" aria-label="How to join">
              <p className="room-join__lead">Scan the QR code, or open</p>
              <p className="room-join__address">{origin}</p>
              <p className="room-join__lead">and type the code</p>
              <p className="room-code">
                <span aria-hidden="true">{spacedCode(room.code)}</span>
                {/* Read out one character at a time, not "two hundred and thirty-four". */}
                <span className="sr-only">Code: {[...room.code].join(' ')}</span>
              </p>
              <p>
                Join link:{' '}
                <a href={room.joinUrl} target="_blank" rel="noopener noreferrer">
                  {origin}/j
                </a>
              </p>
              {room.locked ? <p className="room-locked">Locked: no one new can join.</p> : null}
            </div>
          </>
        ) : null}
        <div className="room-status">
          {showQr || !room.locked ? null : <p className="room-locked">Locked: no one new can join.</p>}
          <p className="room-progress" aria-live="polite">
            {room.progress?.label ?? ''}
          </p>
          <RoomPeople people={room.people} />
        </div>
      </div>
      {showQr ? (
        <>
          {room.secure ? null : <PlainHttpWarning />}
          <RoomHelp room={room} origin={origin} />
        </>
      ) : null}
      {askingClose ? (
        <ConfirmDialog
          title="Close the room?"
          message={closeRoomQuestion(room.people)}
          confirmLabel="Close room"
          onConfirm={() => {
            setAskingClose(false);
            onClose();
          }}
          onCancel={() => setAskingClose(false)}
        />
      ) : null}
    </section>
  );
}
