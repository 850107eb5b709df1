import { useRef, useState } from 'react';
import type { RoomPerson } from '../../../src/api/contract/room';
import { useAppStore } from '../../store';
import { ConfirmDialog } from '../ConfirmDialog';
import { plural, wordList } from '../../../src/domain/shared/words';
import { takeBackParts } from '../../../src/domain/room/take-back-words';

function peopleCount(n: number): string {
  return `${plural(n, 'person', 'people')} in the room`;
}

/**
 * What Remove takes back, exactly: what was sent from this device and nobody has seen yet, as when they leave
 * themself. They often took someone else's name, and the name's real owner must not find it as their own; what was
 * cast for the name before the device joined stays theirs.
 */
function takenBack(person: RoomPerson): string {
  const parts = takeBackParts(person.takesBack);
  if (parts.length === 0) return `Nothing ${person.name} sent from this device is waiting to be taken back.`;
  return `Taken back, as nobody has seen them yet: ${wordList(parts)} sent from this device. What was cast for ${person.name} before this device joined, or on this screen, stays.`;
}

/** What Remove does, before the tap. A person removed by mistake votes and answers again. */
function removeMessage(person: RoomPerson): string {
  const name = person.name;
  return [
    `${name}'s device leaves the room at once. The room gets a new code and join link: anyone not in yet needs the new ones. People in the room stay.`,
    takenBack(person),
    'Cards, blockers and topics they sent stay, but no longer as theirs.',
    ...(person.guest ? ['As a guest, a vote of theirs already revealed no longer counts.'] : []),
  ].join(' ');
}

/** Who is in: a tick once they have voted or answered, "away" while their device is not connected. */
export function RoomPeople({ people }: { people: readonly RoomPerson[] }) {
  const removeFromRoom = useAppStore((s) => s.removeFromRoom);
  const reportError = useAppStore((s) => s.reportError);
  const [asking, setAsking] = useState<RoomPerson | null>(null);
  const countRef = useRef<HTMLHeadingElement>(null);

  const remove = (person: RoomPerson) => {
    setAsking(null);
    removeFromRoom(person.personId)
      // Their row (and its button) is gone: keep the focus in the list's place.
      .then(() => countRef.current?.focus())
      .catch(reportError);
  };

  return (
    <div className="room-people">
      <h4 ref={countRef} tabIndex={-1} className="room-people__count">
        {peopleCount(people.length)}
      </h4>
      {people.length === 0 ? (
        <p className="muted">No one has joined yet.</p>
      ) : (
        <ul aria-label="People in the room">
          {people.map((p) => (
            <li key={p.personId} className={p.connected ? 'room-person' : 'room-person is-away'}>
              <span className="room-person__tick">
                {p.done ? (
                  <span role="img" aria-label="done">
                    ✓
                  </span>
                ) : null}
              </span>
              <span className="room-person__name">
                {p.name}
                {p.guest ? <span className="muted"> (guest)</span> : null}
              </span>
              {p.connected ? null : <span className="room-person__away">away</span>}
              <button type="button" onClick={() => setAsking(p)}>
                Remove {p.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {asking ? (
        <ConfirmDialog
          title={`Remove ${asking.name} from the room?`}
          // As the person is now: a vote they send while the dialog is open is among what Remove takes back.
          message={removeMessage(people.find((p) => p.personId === asking.personId) ?? asking)}
          confirmLabel={`Remove ${asking.name}`}
          onConfirm={() => remove(asking)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
