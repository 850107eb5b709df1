import { contextBridge, ipcRenderer } from 'electron';
import { channelFor, METHOD_NAMES, type CadenceBridge } from '../src/api/contract';

/** Exactly one named object: one wrapper per contract method, no generic invoke, no Node. */
const bridge = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input)]),
) as CadenceBridge;

contextBridge.exposeInMainWorld('cadence', Object.freeze(bridge) satisfies CadenceBridge);
