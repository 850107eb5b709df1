import type { NetworkInterfaceInfo } from 'node:os';
import type { RoomAddress } from '../api/contract/room';

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** The machine's addresses phones could reach: not loopback, not IPv6 link-local (those need a zone). */
export function roomAddresses(interfaces: Interfaces): RoomAddress[] {
  const found: RoomAddress[] = [];
  for (const [label, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.internal) continue;
      if (info.family === 'IPv6' && info.address.toLowerCase().startsWith('fe80')) continue;
      found.push({ address: info.address, label });
    }
  }
  // IPv4 first: what people type and what phones on a meeting-room Wi-Fi reach.
  return found.sort((a, b) => Number(a.address.includes(':')) - Number(b.address.includes(':')));
}

/** How an address appears in a URL and a Host header. */
export const urlHost = (address: string): string => (address.includes(':') ? `[${address}]` : address);
