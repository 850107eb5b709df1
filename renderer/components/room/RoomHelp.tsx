import type { RoomStatus } from '../../../src/api/contract/room';

/** What to try when phones do not reach the room: the usual causes, and how to tell which one it is. */
export function RoomHelp({ room, origin }: { room: RoomStatus; origin: string }) {
  return (
    <details className="room-help">
      <summary>Phones cannot connect?</summary>
      <ul>
        <li>
          <strong>A firewall on this computer</strong> blocks port {room.port}. Allow incoming connections to Cadence on
          port {room.port} (TCP) for this network.
        </li>
        <li>
          <strong>Wi-Fi client isolation</strong>: guest networks often stop devices from reaching each other. Use the
          office network, not the guest one.
        </li>
        <li>
          <strong>Another network</strong>: phones must be on the same network as this computer ({room.address}), not on
          another Wi-Fi and not on mobile data.
        </li>
      </ul>
      <p>How to check:</p>
      <ul>
        <li>
          Open <span className="room-help__address">{origin}</span> in a browser on this computer: if the join page
          shows, the room is running and the network is the problem.
        </li>
        <li>
          From another computer on the same network, run <code>ping {room.address}</code>: no answer means the devices
          cannot reach each other (isolation, another network, or a firewall dropping ping too).
        </li>
      </ul>
    </details>
  );
}

/** Plain HTTP can be read by anyone on the same network: say so where the facilitator decides. */
export function PlainHttpWarning() {
  return (
    <p className="room-warning" role="note">
      Plain HTTP: people on the same network could read what is sent. Use it on a network you trust.
    </p>
  );
}
