import { useState } from 'react';
import type { RoomAddress } from '../../../src/api/contract/room';
import { DialogActions } from '../DialogActions';
import { Modal } from '../Modal';

interface AddressDialogProps {
  addresses: readonly RoomAddress[];
  onOpen: (address: string) => void;
  onCancel: () => void;
}

/** This computer has several networks: the room listens on the one the phones are on, never on all. */
export function AddressDialog({ addresses, onOpen, onCancel }: AddressDialogProps) {
  const [address, setAddress] = useState(addresses[0]?.address ?? '');
  return (
    <Modal title="Invite the room" onClose={onCancel}>
      <p>This computer is on several networks. Pick the one the phones in the room are on.</p>
      <div className="field">
        <label htmlFor="room-address">Network</label>
        <select id="room-address" value={address} onChange={(e) => setAddress(e.target.value)} data-autofocus>
          {addresses.map((a) => (
            <option key={a.address} value={a.address}>
              {a.label}: {a.address}
            </option>
          ))}
        </select>
      </div>
      <DialogActions confirm="Open the room" onConfirm={() => onOpen(address)} onCancel={onCancel} />
    </Modal>
  );
}
