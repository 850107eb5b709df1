import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelFor, METHOD_NAMES, type CadenceBridge } from '../src/api/contract';
import { EVENT_CHANNEL, type CadenceEvent } from '../src/api/contract/events';

/** Exactly one named object: one wrapper per contract method and the event feed; no generic invoke, no Node. */
const methods = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input)]),
);

const onEvent = (listener: (event: CadenceEvent) => void) => {
  const handler = (_event: IpcRendererEvent, payload: CadenceEvent) => listener(payload);
  ipcRenderer.on(EVENT_CHANNEL, handler);
  return () => void ipcRenderer.removeListener(EVENT_CHANNEL, handler);
};

const bridge = { ...methods, onEvent } as CadenceBridge;

contextBridge.exposeInMainWorld('cadence', Object.freeze(bridge) satisfies CadenceBridge);
